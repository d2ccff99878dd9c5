package dev.statuslab.cli;

import dev.statuslab.core.django.DjangoVersion;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --django 5.2|4.2|3.2}: a release line, or a message naming the choices. */
final class DjangoVersionConverter implements ITypeConverter<DjangoVersion> {

    static final String DESCRIPTION = "Answer as this Django release line: 5.2 (LTS, the default), 4.2 (LTS) or 3.2.";

    @Override
    public DjangoVersion convert(String value) {
        return DjangoVersion.parse(value)
                .orElseThrow(() -> new TypeConversionException("'" + value
                        + "' is not a Django version the simulator knows; choose " + DjangoVersion.choices()));
    }
}
