using System.Linq.Expressions;
using NRules.RuleModel;

namespace AllianceRules.Claims;

/// <summary>One compiled rule as a reader sees it: its stable name, the claim it paraphrases and the claim IDs it carries.</summary>
/// <param name="Name">The stable name, such as <c>Posture.BandwagonWhenRelationsGoodOrStable</c>; the part before the dot is the rulebook section.</param>
/// <param name="Description">The claim it encodes, paraphrased.</param>
/// <param name="Decisions">The IDs of the project's decisions the rule cites (<c>[Tag("Dnn")]</c>): where it concludes more than its claims state.</param>
/// <param name="Claims">The claim IDs it carries, in order.</param>
public sealed record RuleDescription(string Name, string Description, IReadOnlyList<string> Claims, IReadOnlyList<string> Decisions)
{
    /// <summary>The rulebook section the rule belongs to: the part of its name before the first dot.</summary>
    public string Section => Name.Split('.')[0];

    /// <summary>
    /// The decisions of the rules that could have drawn what this rule requires absent (its
    /// <c>Not</c> conditions on derived facts): a verdict drawn from an absence, such as "no gap
    /// remains", is a judgement under the readings of the rules that could have fired
    /// (rulebook v3, "Commitment"). Empty when the rule requires nothing derived absent.
    /// </summary>
    public IReadOnlyList<string> AbsenceDecisions { get; init; } = [];

    /// <summary>The claims the rule carries whose modal word qualifies what it concludes (<see cref="Claim.Hedge"/>).</summary>
    internal IReadOnlyList<string> Hedges { get; private init; } = [];

    /// <summary>The decisions a conclusion of this rule rests on by the rule alone: its own and those of its absences.</summary>
    internal IReadOnlyList<string> RestsOn { get; private init; } = [];

    internal static RuleDescription From(IRuleDefinition rule)
    {
        var claims = ClaimIds.Order(rule.Tags.Where(ClaimIds.IsClaimId));
        return new(rule.Name, rule.Description ?? "", claims, ClaimIds.Order(rule.Tags.Where(ClaimIds.IsDecisionId)))
        {
            Hedges = [.. claims.Where(id => ClaimCatalogue.Find(id)?.Hedge is not null)],
        };
    }

    /// <summary>Describes a rulebook's rules, each with the decisions of the rules its absences stand on.</summary>
    internal static Dictionary<IRuleDefinition, RuleDescription> Describe(IReadOnlyList<IRuleDefinition> rules)
    {
        var described = rules.ToDictionary(rule => rule, From);
        var yields = rules.ToDictionary(rule => rule, YieldedTypes);
        foreach (var rule in rules)
        {
            var absent = new HashSet<Type>();
            Negated(rule.LeftHandSide, absent);
            var decisions = rules
                .Where(other => other != rule && yields[other].Overlaps(absent))
                .SelectMany(other => described[other].Decisions);
            var absence = ClaimIds.Order(decisions);
            var own = described[rule];
            described[rule] = own with
            {
                AbsenceDecisions = absence,
                RestsOn = absence.Count == 0 ? own.Decisions : ClaimIds.Order(own.Decisions.Concat(absence)),
                Hedges = own.Hedges,
            };
        }

        return described;
    }

    // NRules' Yield keeps the fact it inserts in a block variable of the fact's type.
    private static HashSet<Type> YieldedTypes(IRuleDefinition rule)
    {
        var finder = new BlockVariables();
        foreach (var action in rule.RightHandSide.Actions)
        {
            finder.Visit(action.Expression);
        }

        return finder.Types;
    }

    private static void Negated(RuleElement element, HashSet<Type> absent)
    {
        switch (element)
        {
            case NotElement not:
                Patterns(not.Source, absent);
                break;
            case GroupElement group:
                foreach (var child in group.ChildElements)
                {
                    Negated(child, absent);
                }

                break;
            case PatternElement { Source: { } source }:
                Negated(source, absent);
                break;
            case AggregateElement aggregate:
                Negated(aggregate.Source, absent);
                break;
        }
    }

    private static void Patterns(RuleElement element, HashSet<Type> types)
    {
        switch (element)
        {
            case PatternElement pattern:
                types.Add(pattern.ValueType);
                break;
            case GroupElement group:
                foreach (var child in group.ChildElements)
                {
                    Patterns(child, types);
                }

                break;
        }
    }

    private sealed class BlockVariables : ExpressionVisitor
    {
        public HashSet<Type> Types { get; } = [];

        protected override Expression VisitBlock(BlockExpression node)
        {
            foreach (var variable in node.Variables)
            {
                Types.Add(variable.Type);
            }

            return base.VisitBlock(node);
        }
    }
}
