// Tests import the readers directly, not through the library entry that loads the Markdown parser.
import { parseMarkdown } from '../../src/readers/markdown-parser.js';
import { useMarkdownParser } from '../../src/readers/parsers.js';

useMarkdownParser(parseMarkdown);
