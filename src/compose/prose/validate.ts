/**
 * Templates are code (hardening.md §3), so a user's template is checked before it is compiled:
 * it may read fields and call only if, unless, each and our own helpers. Partials, decorators,
 * lookup and log, @-variables other than the loop ones, and any name of Object.prototype or
 * starting with __ are refused, whatever the Handlebars version would make of them.
 */
import { Handlebars } from './handlebars.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { templateDiagnostic, type TemplateText } from './place.js';

export const BUILT_IN_HELPERS = ['if', 'unless', 'each'] as const;
export const OUR_HELPERS = ['join', 'units', 'deadline', 'date', 'cn'] as const;
const HELPERS = new Set<string>([...BUILT_IN_HELPERS, ...OUR_HELPERS]);
/** Handlebars built-ins we do not offer: `lookup` is the gadget of the public RCE chains (hardening.md §3). */
const RESERVED = new Set(['lookup', 'log', 'with', 'helperMissing', 'blockHelperMissing']);
const DATA_NAMES = new Set(['root', 'index', 'first', 'last', 'key']);
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

type Node = hbs.AST.Node;
type Expression = hbs.AST.Expression;

export interface Validated {
  program?: hbs.AST.Program;
  diagnostics: Diagnostic[];
}

export function validateTemplate(template: TemplateText): Validated {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(template.text);
  } catch (error) {
    const line = /line (\d+)/.exec(String((error as Error).message))?.[1];
    return { diagnostics: [templateDiagnostic(template, 'template/syntax', {}, Number(line ?? 1))] };
  }
  const diagnostics: Diagnostic[] = [];
  const refuse = (node: Node, construct: string) =>
    diagnostics.push(
      templateDiagnostic(
        template,
        'template/forbidden',
        { construct },
        node.loc?.start.line,
        node.loc?.start.column,
      ),
    );
  const path = (node: hbs.AST.PathExpression) => {
    const bad = node.parts.find((part) => PROTOTYPE_NAMES.has(part) || part.startsWith('__'));
    if (bad !== undefined) refuse(node, bad);
    else if (node.data && !DATA_NAMES.has(node.parts[0] ?? '')) refuse(node, node.original);
  };
  const expression = (node: Expression) => {
    if (node.type === 'PathExpression') path(node as hbs.AST.PathExpression);
    else if (node.type === 'SubExpression') call(node as hbs.AST.SubExpression, true);
  };
  const call = (
    node: { path: Expression; params: Expression[]; hash?: hbs.AST.Hash } & Node,
    isCall: boolean,
  ) => {
    if (node.path.type !== 'PathExpression') {
      // {{"constructor"}} looks the literal up as a field name: no literal names a field of ours.
      refuse(node, String((node.path as hbs.AST.StringLiteral).original ?? node.path.type));
    } else {
      const name = (node.path as hbs.AST.PathExpression).original;
      if (RESERVED.has(name) || (isCall && !HELPERS.has(name))) refuse(node, name);
      else expression(node.path);
    }
    node.params.forEach(expression);
    node.hash?.pairs.forEach((pair) => expression(pair.value));
  };
  const statements = (body: hbs.AST.Statement[]) => {
    for (const node of body) {
      switch (node.type) {
        case 'MustacheStatement': {
          const mustache = node as hbs.AST.MustacheStatement;
          call(mustache, mustache.params.length > 0 || (mustache.hash?.pairs.length ?? 0) > 0);
          break;
        }
        case 'BlockStatement': {
          const block = node as hbs.AST.BlockStatement;
          call(block, block.params.length > 0 || (block.hash?.pairs.length ?? 0) > 0);
          statements(block.program?.body ?? []);
          statements(block.inverse?.body ?? []);
          break;
        }
        case 'ContentStatement':
        case 'CommentStatement':
          break;
        case 'PartialStatement':
        case 'PartialBlockStatement':
          refuse(node, '{{> …}}');
          break;
        default:
          refuse(node, node.type === 'DecoratorBlock' || node.type === 'Decorator' ? '{{* …}}' : node.type);
      }
    }
  };
  statements(program.body);
  return diagnostics.length > 0 ? { diagnostics } : { program, diagnostics };
}
