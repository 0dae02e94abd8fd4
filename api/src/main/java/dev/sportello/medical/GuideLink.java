package dev.sportello.medical;

import dev.sportello.Arguments;

/**
 * A call to action of the guide: a link whose text says where it goes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id    which one ({@link CallToActionId}), not null
 * @param label the link text, naming the destination ("Scarica il QR code che attesta il tuo stato"), not null
 * @param url   the https address, not null
 */
public record GuideLink(CallToActionId id, String label, String url) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}
     */
    public GuideLink {
        Arguments.required(id, "GuideLink", "id");
        Arguments.required(label, "GuideLink", "label");
        Arguments.required(url, "GuideLink", "url");
    }
}
