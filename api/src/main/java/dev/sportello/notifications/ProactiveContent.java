package dev.sportello.notifications;

import dev.sportello.Arguments;

import java.util.List;

/**
 * The personalised content of a proactive notice, as the recipient sees it: calls to action they are
 * not entitled to are already left out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param greeting      the opening line with the recipient's name, not null
 * @param sections      the sections, not null
 * @param callsToAction the calls to action for this recipient, not null
 */
public record ProactiveContent(String greeting, List<Section> sections, List<CallToAction> callsToAction) {
    /** Checks and copies the components. */
    public ProactiveContent {
        Arguments.required(greeting, "ProactiveContent", "greeting");
        sections = Arguments.list(sections, "ProactiveContent", "sections");
        callsToAction = Arguments.list(callsToAction, "ProactiveContent", "callsToAction");
    }
}
