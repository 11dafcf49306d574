/**
 * Turns a register into documents and back: YAML/JSON import and export, privacy statements, the CLI. Work in
 * progress: the writers arrive with the register-export issue.
 */
@NullMarked
package fi.rekisteri.export;

import org.jspecify.annotations.NullMarked;
