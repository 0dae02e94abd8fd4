package dev.sportello.core.internal.medical;

import dev.sportello.medical.Guide;
import dev.sportello.medical.GuideLink;


/**
 * The guide's two text renderings of its one content (R-DOS-4): accessible HTML — one h1, headings in order,
 * {@code lang}, landmarks (header, nav, main, footer), pop-ups as native disclosure widgets, link texts that
 * name their destination, nothing conveyed by colour, every personalised text escaped — and a plain, linear
 * text for screen readers, in the same order.
 *
 * <p>Thread-safe (stateless).
 */
final class GuideRenderings {
    private GuideRenderings() {
    }

    static String html(Guide guide, String navLabel, String footerLine) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(guide.language().tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<style>a, summary { display: inline-block; min-height: 24px; min-width: 24px; padding: 4px 0; }</style>\n<title>")
                .append(esc(guide.title())).append("</title>\n</head>\n<body>\n<header>\n<h1>").append(esc(guide.title()))
                .append("</h1>\n<p>").append(esc(guide.greeting())).append("</p>\n</header>\n<nav aria-label=\"")
                .append(esc(navLabel)).append("\">\n<ul>\n");
        for (Guide.Scene scene : guide.scenes()) {
            h.append("<li><a href=\"#scene-").append(scene.id()).append("\">").append(esc(scene.heading())).append("</a></li>\n");
        }
        h.append("</ul>\n</nav>\n<main>\n");
        for (Guide.Scene scene : guide.scenes()) {
            h.append("<section id=\"scene-").append(scene.id()).append("\" aria-labelledby=\"heading-").append(scene.id())
                    .append("\">\n<h2 id=\"heading-").append(scene.id()).append("\">").append(esc(scene.heading())).append("</h2>\n");
            scene.sections().forEach(s -> section(h, s, 3));
            for (Guide.Popup popup : scene.popups()) {
                h.append("<details id=\"popup-").append(popup.id()).append("\">\n<summary>").append(esc(popup.opener()))
                        .append("</summary>\n<h3>").append(esc(popup.title())).append("</h3>\n");
                popup.sections().forEach(s -> section(h, s, 4));
                h.append("</details>\n");
            }
            if (!scene.callsToAction().isEmpty()) {
                h.append("<ul>\n");
                for (GuideLink link : scene.callsToAction()) {
                    h.append("<li><a id=\"cta-").append(link.id().key()).append("\" href=\"").append(esc(link.url())).append("\">")
                            .append(esc(link.label())).append("</a></li>\n");
                }
                h.append("</ul>\n");
            }
            h.append("</section>\n");
        }
        h.append("</main>\n<footer>\n<p>").append(esc(footerLine)).append("</p>\n</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    static String text(Guide guide, String footerLine, String endLine) {
        StringBuilder t = new StringBuilder(2048);
        t.append(guide.title()).append("\n\n").append(guide.greeting()).append("\n");
        int n = 1;
        for (Guide.Scene scene : guide.scenes()) {
            t.append("\n").append(n++).append(". ").append(scene.heading()).append("\n");
            scene.sections().forEach(s -> section(t, s));
            for (Guide.Popup popup : scene.popups()) {
                t.append("\n").append(popup.title()).append("\n");
                popup.sections().forEach(s -> section(t, s));
            }
            for (GuideLink link : scene.callsToAction()) {
                t.append("- ").append(link.label()).append(": ").append(link.url()).append("\n");
            }
        }
        t.append("\n").append(footerLine).append("\n").append(endLine).append("\n");
        return t.toString();
    }

    private static void section(StringBuilder h, Guide.GuideSection s, int level) {
        if (s.heading() != null) {
            h.append("<h").append(level).append(">").append(esc(s.heading())).append("</h").append(level).append(">\n");
        }
        s.paragraphs().forEach(p -> h.append("<p>").append(esc(p)).append("</p>\n"));
        if (!s.amounts().isEmpty()) {
            h.append("<dl>\n");
            for (Guide.GuideAmount a : s.amounts()) {
                h.append("<dt>").append(esc(a.label())).append("</dt>\n<dd>").append(esc(a.formatted()));
                if (a.detail() != null) {
                    h.append(", ").append(esc(a.detail()));
                }
                h.append("</dd>\n");
            }
            h.append("</dl>\n");
        }
    }

    private static void section(StringBuilder t, Guide.GuideSection s) {
        if (s.heading() != null) {
            t.append(s.heading()).append("\n");
        }
        s.paragraphs().forEach(p -> t.append(p).append("\n"));
        for (Guide.GuideAmount a : s.amounts()) {
            t.append("- ").append(a.label()).append(": ").append(a.formatted());
            if (a.detail() != null) {
                t.append(", ").append(a.detail());
            }
            t.append("\n");
        }
    }

    /** Escapes a text for HTML content and attribute values. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
