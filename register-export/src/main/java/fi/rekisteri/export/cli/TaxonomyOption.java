package fi.rekisteri.export.cli;

import fi.rekisteri.core.taxonomy.Taxonomy;
import fi.rekisteri.core.taxonomy.TaxonomyFormatException;
import fi.rekisteri.export.RegisterReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --taxonomy FILE}, mixed into the commands that read registers: an organisation's taxonomy file that extends
 * the default taxonomy, for the registers' {@code taxonomy:} references and (in {@code check}) their keys.
 */
final class TaxonomyOption {

    @Option(names = "--taxonomy", paramLabel = "TAXONOMY",
            description = "The organisation's taxonomy file (tab-separated, as register-core/README.md describes),"
                    + " extending the default taxonomy that the registers' 'taxonomy:' references name.")
    private @Nullable Path file;

    private @Nullable Taxonomy read;

    /** Whether {@code --taxonomy} was given. */
    boolean given() {
        return file != null;
    }

    /** The taxonomy file given, as a list of none or one: the files a directory of registers leaves out. */
    List<Path> files() {
        Path path = file;
        return path == null ? List.of() : List.of(path);
    }

    /** The default taxonomy, extended with the file if one was given; empty after its error is printed. */
    Optional<Taxonomy> taxonomy(PrintStream err) {
        Path path = file;
        if (path == null) {
            return Optional.of(Taxonomy.defaults());
        }
        if (read != null) {
            return Optional.of(read);
        }
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            read = Taxonomy.defaults().extend(in, path.toString());
            return Optional.of(read);
        } catch (TaxonomyFormatException e) {
            err.println(e.getMessage());
            err.println("rekisteri: the taxonomy file " + path + " has an error; fix it and run the command again");
        } catch (IOException e) {
            err.println("rekisteri: cannot read the taxonomy file " + path + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("rekisteri: the taxonomy file " + path + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** A register reader for the taxonomy; empty after the taxonomy file's error is printed. */
    Optional<RegisterReader> reader(PrintStream err) {
        return taxonomy(err).map(taxonomy -> file == null ? RegisterReader.create()
                : RegisterReader.create().withTaxonomy(taxonomy));
    }
}
