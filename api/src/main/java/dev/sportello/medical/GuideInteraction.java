package dev.sportello.medical;

import dev.sportello.Arguments;

/**
 * Something a recipient did in the guide (R-NOT-4), counted anonymously: no user id is stored with it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param event what happened, not null
 * @param item  the scene id ({@link GuideEvent#SCENE_VIEWED}), pop-up id ({@link GuideEvent#POPUP_OPENED})
 *              or call-to-action key ({@link GuideEvent#CALL_TO_ACTION_CLICKED}) of the recipient's guide;
 *              empty for {@link GuideEvent#COMPLETED}; not null
 */
public record GuideInteraction(GuideEvent event, String item) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}
     */
    public GuideInteraction {
        Arguments.required(event, "GuideInteraction", "event");
        Arguments.required(item, "GuideInteraction", "item");
    }

    /** A scene was shown. @param scene the scene id @return the interaction */
    public static GuideInteraction sceneViewed(String scene) {
        return new GuideInteraction(GuideEvent.SCENE_VIEWED, scene);
    }

    /** A pop-up was opened. @param popup the pop-up id @return the interaction */
    public static GuideInteraction popupOpened(String popup) {
        return new GuideInteraction(GuideEvent.POPUP_OPENED, popup);
    }

    /** A call to action was followed. @param id the call to action @return the interaction */
    public static GuideInteraction clicked(CallToActionId id) {
        return new GuideInteraction(GuideEvent.CALL_TO_ACTION_CLICKED, Arguments.required(id, "GuideInteraction", "id").key());
    }

    /** The guide was read to its last scene. @return the interaction */
    public static GuideInteraction completed() {
        return new GuideInteraction(GuideEvent.COMPLETED, "");
    }

    /** The kinds of interaction. Thread-safe (an enum). */
    public enum GuideEvent {
        /** A scene was shown. */ SCENE_VIEWED,
        /** A pop-up was opened. */ POPUP_OPENED,
        /** A call to action was followed. */ CALL_TO_ACTION_CLICKED,
        /** The guide was read to the end. */ COMPLETED
    }
}
