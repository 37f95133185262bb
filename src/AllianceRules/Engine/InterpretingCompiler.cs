using System.Linq.Expressions;
using NRules.Extensibility;

namespace AllianceRules.Engine;

/// <summary>
/// Turns the rules' conditions and actions into delegates that the framework's expression
/// interpreter runs (<see cref="AllianceRulesOptions.InterpretRules"/>): no IL is emitted and
/// nothing is JIT-compiled, so a rulebook is ready sooner, and each evaluation is slower. An
/// expression the interpreter cannot take (one that handles a span) is compiled as usual.
/// </summary>
internal sealed class InterpretingCompiler : IExpressionCompiler
{
    public static InterpretingCompiler Instance { get; } = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        if (SpanFinder.Holds(expression))
        {
            return expression.Compile();
        }

        try
        {
            return expression.Compile(preferInterpretation: true);
        }
        catch (ArgumentException)
        {
            return expression.Compile();
        }
    }

    /// <summary>Finds a by-ref-like value (a span) anywhere in an expression: the interpreter cannot hold one.</summary>
    private sealed class SpanFinder : ExpressionVisitor
    {
        private bool _found;

        public static bool Holds(Expression expression)
        {
            var finder = new SpanFinder();
            finder.Visit(expression);
            return finder._found;
        }

        public override Expression? Visit(Expression? node)
        {
            if (_found || node is null)
            {
                return node;
            }

            if (node.Type.IsByRefLike)
            {
                _found = true;
                return node;
            }

            return base.Visit(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.ReturnType.IsByRefLike || Array.Exists(node.Method.GetParameters(), p => p.ParameterType.IsByRefLike))
            {
                _found = true;
                return node;
            }

            return base.VisitMethodCall(node);
        }
    }
}
