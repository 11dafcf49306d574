/** The {@code rekisteri} command-line tool (picocli). Not API: run it, don't call it. */
@NullMarked
package fi.rekisteri.export.cli;

import org.jspecify.annotations.NullMarked;
