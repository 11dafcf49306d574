package fi.rekisteri.examples.docsnippets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code java} blocks of one Markdown file as one Java program, in the order the reader reads them: {@code import}
 * lines go to the top of the compilation unit, blocks that declare a type become top-level types, and every other
 * block is a run of statements in {@code DocProgram.run()}, so a snippet sees what earlier snippets declared.
 *
 * <p>A statement on one line whose comment starts with a value ({@code code.isTemporary(); // false (…)},
 * {@code code.masked(); // "131052-****"}) claims that value: the program checks {@code String.valueOf} of the
 * expression against it and fails naming the Markdown line when they differ. The generated source keeps every
 * Markdown line on a line of its own, so compiler errors and stack traces map back to the Markdown file.
 */
final class SnippetProgram {

    static final String CLASS_NAME = "DocProgram";

    private static final Pattern IMPORT = Pattern.compile("\\s*import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*");
    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("((public|protected|private|abstract|final|static|sealed|non-sealed)\\s+)*"
                    + "(class|record|interface|enum|@interface)\\s.*");
    private static final Pattern CLAIMED_VALUE =
            Pattern.compile("(true|false|\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d[\\w.+-]*).*");
    private static final Pattern KEYWORD_STATEMENT =
            Pattern.compile("(return|throw|if|for|while|do|switch|try|else|break|continue|yield|assert)\\b.*");

    private final String file;
    private final List<String> source = new ArrayList<>();
    private final List<Integer> origin = new ArrayList<>();

    private SnippetProgram(String file) {
        this.file = file;
    }

    /** The program of {@code blocks} (the {@code java} blocks of {@code file}, in order). */
    static SnippetProgram of(String file, List<MarkdownCode.Block> blocks) {
        SnippetProgram program = new SnippetProgram(file);
        List<MarkdownCode.Block> statements = new ArrayList<>();
        List<MarkdownCode.Block> types = new ArrayList<>();
        for (MarkdownCode.Block block : blocks) {
            List<String> lines = block.lines();
            boolean importsOnly = true;
            for (int i = 0; i < lines.size(); i++) {
                if (IMPORT.matcher(lines.get(i)).matches()) {
                    program.add(lines.get(i).strip(), block.firstLine() + i);
                } else if (!lines.get(i).isBlank()) {
                    importsOnly = false;
                }
            }
            if (!importsOnly) {
                (declaresType(lines) ? types : statements).add(block);
            }
        }
        program.add("public final class " + CLASS_NAME + " {", 0);
        program.add("public static void run() throws Exception {", 0);
        for (MarkdownCode.Block block : statements) {
            program.addStatements(block);
        }
        program.add("}", 0);
        program.add("private static void check$(String where, Object actual, String claimed) {", 0);
        program.add("    if (!String.valueOf(actual).equals(claimed)) {", 0);
        program.add("        throw new AssertionError(where + \": the comment says \" + claimed"
                + " + \", the code gives \" + actual);", 0);
        program.add("    }", 0);
        program.add("}", 0);
        program.add("}", 0);
        for (MarkdownCode.Block block : types) {
            for (int i = 0; i < block.lines().size(); i++) {
                String line = block.lines().get(i);
                program.add(IMPORT.matcher(line).matches() ? "" : line, block.firstLine() + i);
            }
        }
        return program;
    }

    /** The Markdown file the program comes from, as given. */
    String file() {
        return file;
    }

    /** The compilation unit {@code DocProgram.java}. */
    String source() {
        return String.join("\n", source) + "\n";
    }

    /** The Markdown line of the generated line {@code line} (1-based), or 0 for a line of the harness. */
    int markdownLine(long line) {
        return line >= 1 && line <= origin.size() ? origin.get((int) line - 1) : 0;
    }

    /** {@code file:line} of the generated line, or the file alone for a harness line. */
    String where(long line) {
        int md = markdownLine(line);
        return md == 0 ? file : file + ":" + md;
    }

    private void add(String line, int markdownLine) {
        source.add(line);
        origin.add(markdownLine);
    }

    private void addStatements(MarkdownCode.Block block) {
        boolean statementStart = true;
        for (int i = 0; i < block.lines().size(); i++) {
            String line = block.lines().get(i);
            int at = block.firstLine() + i;
            if (IMPORT.matcher(line).matches()) {
                add("", at);
                continue;
            }
            int comment = commentStart(line);
            String code = (comment < 0 ? line : line.substring(0, comment)).strip();
            String claim = comment < 0 ? "" : line.substring(comment + 2).strip();
            Matcher value = CLAIMED_VALUE.matcher(claim);
            if (statementStart && code.endsWith(";") && value.matches() && isExpressionStatement(code)) {
                String claimed = value.group(1);
                String literal = claimed.startsWith("\"") ? claimed : "\"" + claimed + "\"";
                String indent = line.substring(0, line.length() - line.stripLeading().length());
                add(indent + "check$(\"" + file + ":" + at + "\", " + code.substring(0, code.length() - 1).strip()
                        + ", " + literal + ");", at);
            } else {
                add(line, at);
            }
            if (!code.isEmpty()) {
                statementStart = code.endsWith(";") || code.endsWith("{") || code.endsWith("}");
            }
        }
    }

    private static boolean declaresType(List<String> lines) {
        for (String line : lines) {
            String code = line.strip();
            if (code.isEmpty() || code.startsWith("//") || code.startsWith("@") || IMPORT.matcher(line).matches()) {
                continue;
            }
            return TYPE_DECLARATION.matcher(code).matches();
        }
        return false;
    }

    /** An expression statement: neither a declaration nor an assignment (no top-level {@code =}), nor a keyword's. */
    private static boolean isExpressionStatement(String code) {
        if (KEYWORD_STATEMENT.matcher(code).matches()) {
            return false;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == '=' && depth == 0) {
                char before = i > 0 ? code.charAt(i - 1) : ' ';
                char after = i + 1 < code.length() ? code.charAt(i + 1) : ' ';
                if (after != '=' && "=!<>".indexOf(before) < 0) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** Where a {@code //} comment starts outside string and character literals, or -1. */
    private static int commentStart(String line) {
        char quote = 0;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && line.charAt(i + 1) == '/') {
                return i;
            }
        }
        return -1;
    }
}
