package dev.statuslab.core.transcript;

import static dev.statuslab.core.transcript.MarkdownTranscript.escape;

import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.lint.Finding;
import dev.statuslab.core.lint.Linter;
import dev.statuslab.core.status.DjangoNotes;
import dev.statuslab.core.status.HeaderChecks;
import dev.statuslab.core.status.Registration;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The explanation part of the Markdown transcript: what a status code means, from the catalogue. */
final class MarkdownExplanation {

    private static final int SCAN = 16 * 1024;

    private final StatusCatalog catalog;
    private final Linter linter;
    private final DjangoNotes djangoNotes = DjangoNotes.load();

    MarkdownExplanation(StatusCatalog catalog) {
        this.catalog = catalog;
        this.linter = new Linter(catalog);
    }

    /** The registry's reason phrase for a code, or "Unknown" outside the status classes. */
    String title(int code) {
        return Explanation.ofCode(catalog, code).reason();
    }

    /** One line on an interim response that came before the final one. */
    void interim(StringBuilder md, StatusLine line) {
        md.append("Before the final response the server sent **")
                .append(line.code())
                .append(' ')
                .append(escape(line.reason().isBlank() ? title(line.code()) : line.reason()))
                .append("**");
        Explanation explanation = Explanation.ofCode(catalog, line.code());
        if (explanation.explained()) {
            md.append(": ").append(escape(explanation.info().meaning()));
        }
        md.append("\n\n");
    }

    /**
     * The explanation of the final code; when {@code earlierExchange} already explained it, a
     * reference to it and only the header checks, which depend on this response.
     */
    void explain(StringBuilder md, Exchange e, Integer earlierExchange) {
        Explanation explanation = Explanation.of(catalog, e);
        int code = explanation.code();
        md.append("### What ")
                .append(code)
                .append(' ')
                .append(escape(explanation.reason()))
                .append(" means\n\n");
        if (!explanation.explained()) {
            md.append("Nothing to explain: ")
                    .append(code / 100)
                    .append("xx is outside the five status classes of RFC 9110 (section 15).\n\n");
            return;
        }
        StatusInfo info = explanation.info();
        if (earlierExchange != null) {
            md.append("Explained under exchange ").append(earlierExchange).append(" above.\n\n");
            headerChecks(md, explanation);
            findings(md, e);
            djangoVersionNotes(md, e);
            return;
        }
        md.append("**Class:** ")
                .append(info.statusClass().digit())
                .append("xx ")
                .append(info.statusClass().title());
        if (info.registration() != Registration.REGISTERED) {
            md.append(" · registry: ").append(info.registration().name().toLowerCase(Locale.ROOT));
        }
        md.append("\n\n").append(escape(info.meaning())).append("\n\n");
        md.append("**When to use it:** ").append(escape(info.whenToUse())).append("\n\n");
        md.append("**When not to:** ").append(escape(info.whenNotToUse())).append("\n\n");
        var override = e.djangoIfAny().flatMap(DjangoVersion::parse).flatMap(v -> djangoNotes.override(code, v));
        md.append("**The Django way:** ")
                .append(escape(override.map(DjangoNotes.Override::django).orElse(info.django())))
                .append("\n\n");
        MarkdownTranscript.fenced(
                md, "python", override.map(DjangoNotes.Override::djangoSnippet).orElse(info.djangoSnippet()));
        md.append("**Specification:** [")
                .append(info.rfc())
                .append(" §")
                .append(info.section())
                .append("](")
                .append(info.rfcUrl())
                .append(")\n\n");
        headerChecks(md, explanation);
        findings(md, e);
        djangoVersionNotes(md, e);
        md.append("**Common mistakes:**\n\n");
        for (String mistake : info.mistakes()) {
            md.append("- ").append(escape(mistake)).append('\n');
        }
        md.append('\n');
    }

    /** What changed between Django's release lines for this response, when the simulator answered it. */
    private void djangoVersionNotes(StringBuilder md, Exchange e) {
        if (e.djangoIfAny().isEmpty()) {
            return;
        }
        HttpResponse r = e.response();
        List<String> notes = djangoNotes.about(e.code(), new DjangoNotes.Response() {
            @Override
            public boolean hasHeader(String name) {
                return r.headers().first(name).isPresent();
            }

            @Override
            public boolean bodyContains(String text) {
                return r.body().inMemory() && new String(r.body().preview(SCAN), StandardCharsets.UTF_8).contains(text);
            }

            @Override
            public boolean pathContains(String text) {
                return e.request().url().contains(text);
            }
        });
        if (notes.isEmpty()) {
            return;
        }
        md.append("**Django versions** (this answer came from the simulator as Django ")
                .append(escape(e.django()))
                .append("):\n\n");
        for (String note : notes) {
            md.append("- ").append(escape(note)).append('\n');
        }
        md.append('\n');
    }

    /** The linter's findings for this response, errors first, each with its section and fix. */
    void findings(StringBuilder md, Exchange e) {
        List<Finding> findings = ExchangeFindings.of(e, linter);
        if (findings.isEmpty()) {
            md.append("**Findings:** none; the response follows every rule StatusLab checks.\n\n");
            return;
        }
        int[] counts = Linter.counts(findings);
        md.append("**Findings** (")
                .append(counts[0])
                .append(counts[0] == 1 ? " error, " : " errors, ")
                .append(counts[1])
                .append(counts[1] == 1 ? " warning, " : " warnings, ")
                .append(counts[2])
                .append(" advice):\n\n");
        for (Finding f : findings) {
            md.append("- **")
                    .append(f.level().id())
                    .append("** `")
                    .append(f.id())
                    .append("`: ")
                    .append(escape(f.message()))
                    .append(" ([")
                    .append(f.rule().rfc())
                    .append("](")
                    .append(f.rule().url())
                    .append(")) Fix: ")
                    .append(escape(f.fix()))
                    .append('\n');
        }
        md.append('\n');
    }

    private static void headerChecks(StringBuilder md, Explanation explanation) {
        List<HeaderChecks.Check> checks = explanation.checks();
        if (checks.isEmpty()) {
            md.append("No header is required or recommended for ")
                    .append(explanation.code())
                    .append(".\n\n");
            return;
        }
        md.append("**Headers for ").append(explanation.code()).append(", checked against this response:**\n\n");
        for (HeaderChecks.Check c : checks) {
            md.append("- ")
                    .append(c.satisfied() ? "✓" : "✗")
                    .append(" `")
                    .append(c.rule().name())
                    .append("` (")
                    .append(c.rule().level().name().toLowerCase(Locale.ROOT))
                    .append("): ")
                    .append(escape(c.detail()))
                    .append(". ")
                    .append(escape(c.rule().why()))
                    .append('\n');
        }
        md.append('\n');
    }
}
