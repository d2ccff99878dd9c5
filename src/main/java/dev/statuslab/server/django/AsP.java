package dev.statuslab.server.django;

import static dev.statuslab.server.site.Html.escape;

import dev.statuslab.core.django.DjangoVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code form.as_p()} for the tutorial's forms, byte for byte as each release line writes it:
 * 3.2 builds one line per field in Python ({@code _html_output}); 4.0 and later render the
 * template {@code django/forms/p.html}, whitespace and all; 5.0 and later also give an error list
 * an id and point the field at it ({@code aria-invalid}, {@code aria-describedby}).
 */
final class AsP {

    /** The e-mail field's maxlength: forms.EmailField (320) or the model's EmailField (254). */
    enum Kind {
        CONTACT_FORM(320),
        MODEL_FORM(254);

        final int emailMax;

        Kind(int emailMax) {
            this.emailMax = emailMax;
        }
    }

    private AsP() {}

    static String render(ContactForm form, Kind kind, DjangoVersion django) {
        List<String> fields = ContactForm.FIELDS;
        if (!django.atLeast(4, 0)) {
            List<String> lines = new ArrayList<>();
            for (String field : fields) {
                String error = form.error(field);
                if (error != null) {
                    lines.add("<ul class=\"errorlist\"><li>" + escape(error) + "</li></ul>");
                }
                lines.add("<p>" + label(field) + " " + widget(form, field, kind, false) + "</p>");
            }
            return String.join("\n", lines);
        }
        boolean aria = django.atLeast(5, 0);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            String error = form.error(field);
            if (i > 0) {
                out.append("\n\n  ");
            }
            if (error != null) {
                out.append("<ul class=\"errorlist\"")
                        .append(aria ? " id=\"id_" + field + "_error\"" : "")
                        .append("><li>")
                        .append(escape(error))
                        .append("</li></ul>");
            }
            out.append("\n  <p>\n    ")
                    .append(label(field))
                    .append("\n    ")
                    .append(widget(form, field, kind, aria && error != null))
                    .append("\n    \n    \n");
            if (i == fields.size() - 1) {
                out.append("      \n    \n"); // the hidden fields' loop of the last field
            }
            out.append("  </p>");
        }
        return out.toString().stripLeading();
    }

    private static String label(String field) {
        return "<label for=\"id_" + field + "\">" + Character.toUpperCase(field.charAt(0)) + field.substring(1)
                + ":</label>";
    }

    private static String widget(ContactForm form, String field, Kind kind, boolean invalid) {
        String value = form.value(field);
        String aria = invalid ? " aria-invalid=\"true\" aria-describedby=\"id_" + field + "_error\"" : "";
        if (field.equals("message")) {
            return "<textarea name=\"message\" cols=\"40\" rows=\"10\" required" + aria + " id=\"id_message\">\n"
                    + escape(value) + "</textarea>";
        }
        String type = field.equals("email") ? "email" : "text";
        int max = field.equals("email") ? kind.emailMax : ContactForm.NAME_MAX;
        String shown = value.isEmpty() ? "" : " value=\"" + escape(value) + "\"";
        return "<input type=\"" + type + "\" name=\"" + field + "\"" + shown + " maxlength=\"" + max + "\" required"
                + aria + " id=\"id_" + field + "\">";
    }
}
