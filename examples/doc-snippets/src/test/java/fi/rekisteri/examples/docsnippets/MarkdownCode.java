package fi.rekisteri.examples.docsnippets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of a Markdown file, each with its info string and where it starts. */
final class MarkdownCode {

    /**
     * One fenced block.
     *
     * @param info the word after the opening fence ({@code java}, {@code sh}), empty when there is none
     * @param firstLine the 1-based line number, in the Markdown file, of the block's first line of code
     * @param lines the block's lines, without the fences
     */
    record Block(String info, int firstLine, List<String> lines) {
        Block {
            lines = List.copyOf(lines);
        }
    }

    private MarkdownCode() {}

    /** The blocks of the file, in order. */
    static List<Block> blocks(Path markdown) throws IOException {
        return blocks(Files.readAllLines(markdown, StandardCharsets.UTF_8));
    }

    /** The blocks of the given Markdown lines, in order; an unclosed fence ends at the end of the text. */
    static List<Block> blocks(List<String> markdown) {
        List<Block> blocks = new ArrayList<>();
        String info = null;
        int first = 0;
        List<String> code = new ArrayList<>();
        for (int i = 0; i < markdown.size(); i++) {
            String line = markdown.get(i);
            if (!line.startsWith("```")) {
                if (info != null) {
                    code.add(line);
                }
            } else if (info == null) {
                info = line.substring(3).strip();
                first = i + 2;
                code.clear();
            } else {
                blocks.add(new Block(info, first, code));
                info = null;
            }
        }
        if (info != null) {
            blocks.add(new Block(info, first, code));
        }
        return blocks;
    }

    /** The blocks whose info string is {@code info}. */
    static List<Block> blocks(Path markdown, String info) throws IOException {
        return blocks(markdown).stream().filter(b -> b.info().equals(info)).toList();
    }
}
