// Parses a PowerShell script with the tree-sitter PowerShell grammar and prints each syntax
// error (ERROR or MISSING node) as FILE:LINE:COLUMN. Exit 0 when there is none, 1 when there
// are, 2 when the parser cannot be loaded. Used by scripts/check-collector.sh.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [file, modules] = process.argv.slice(2);
let Parser, PowerShell;
try {
    const require = createRequire(modules + '/');
    Parser = (await import(require.resolve('tree-sitter'))).default;
    PowerShell = (await import(require.resolve('tree-sitter-powershell'))).default;
} catch (e) {
    console.error(`cannot load tree-sitter-powershell from ${modules}: ${e.message}`);
    process.exit(2);
}
const parser = new Parser();
parser.setLanguage(PowerShell);
const tree = parser.parse(readFileSync(file, 'utf8'));
let errors = 0;
const walk = (node) => {
    if (node.isMissing || node.type === 'ERROR') {
        const p = node.startPosition;
        console.log(`${file}:${p.row + 1}:${p.column + 1}: error: ${node.isMissing ? 'missing ' + node.type : 'syntax error'}`);
        ++errors;
        if (node.type === 'ERROR')
            return;
    }
    for (const child of node.children)
        walk(child);
};
walk(tree.rootNode);
console.log(`${file}: ${errors} syntax error(s), ${tree.rootNode.descendantCount} nodes`);
process.exit(errors ? 1 : 0);
