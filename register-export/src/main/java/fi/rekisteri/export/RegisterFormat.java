package fi.rekisteri.export;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats a register is read from and written to: YAML and its equivalent JSON. */
public enum RegisterFormat {
    /** YAML 1.2, as people write it: {@code register.yaml} or {@code register.yml}. */
    YAML,
    /** JSON, as tools exchange it: {@code register.json}. */
    JSON;

    /**
     * The format a file name's extension names: {@code .yaml}/{@code .yml} or {@code .json}.
     *
     * @throws IllegalArgumentException naming the file when its extension is neither
     */
    public static RegisterFormat of(Path file) {
        Path fileName = file.getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        throw new IllegalArgumentException(
                "cannot tell the format of '" + file + "': name it .yaml, .yml or .json");
    }
}
