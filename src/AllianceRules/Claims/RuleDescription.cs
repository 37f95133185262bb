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

    /// <summary>The rule's <c>Not</c> conditions, in the order written: what each requires absent, and the rules that could draw it.</summary>
    internal IReadOnlyList<Absence> Absences { get; private set; } = [];

    /// <summary>The derived fact types the rule matches (outside a <c>Not</c>): what must have been drawn before it can fire.</summary>
    internal IReadOnlyList<Type> Prerequisites { get; private set; } = [];

    /// <summary>What holds of the input when the rule does not fire for a subject (<see cref="UnmetAttribute"/>); <see langword="null"/> if the rule gives no words.</summary>
    internal string? Unmet { get; private init; }

    /// <summary>What holds of the input when the rule does not fire for one offer (<see cref="UnmetAttribute.ForOffer"/>); <see langword="null"/> to use <see cref="Unmet"/>.</summary>
    internal string? UnmetForOffer { get; private init; }

    /// <summary>
    /// The enum and Boolean constants the rule's actions write into what they yield, by name
    /// (<c>Defer</c>, <c>NoLandProtection</c>, <c>True</c>), and those its rule object holds in a
    /// field the actions read (a base rule's constructor argument): the values it can draw. Empty
    /// when it computes them, so that it may draw any.
    /// </summary>
    /// <remarks>
    /// Any such constant or field the actions read counts, not only those in the yielded
    /// conclusion's value: an action that computes its value and also reads an enum elsewhere would
    /// be taken to draw only that enum's value. The built-in rules do not; an amendment's could, and
    /// a why-not would then not list it among the rules that could draw another value.
    /// </remarks>
    internal IReadOnlySet<string> YieldsValues { get; private init; } = new HashSet<string>();

    /// <summary>The fact types the rule's actions yield.</summary>
    internal IReadOnlySet<Type> Yields { get; private init; } = new HashSet<Type>();

    /// <summary>
    /// Whether <see cref="Yields"/> is all the rule draws: every action of it yields (a <c>Do</c>
    /// that inserts facts of its own leaves no trace there).
    /// </summary>
    internal bool YieldsAll { get; private init; }

    internal static RuleDescription From(IRuleDefinition rule)
    {
        var claims = ClaimIds.Order(rule.Tags.Where(ClaimIds.IsClaimId));
        return new(rule.Name, rule.Description ?? "", claims, ClaimIds.Order(rule.Tags.Where(ClaimIds.IsDecisionId)))
        {
            Hedges = [.. claims.Where(id => ClaimCatalogue.Find(id)?.Hedge is not null)],
        };
    }

    /// <summary>Describes a rulebook's rules, each with the decisions of the rules its absences stand on.</summary>
    /// <param name="rules">The compiled rules.</param>
    /// <param name="ruleTypes">The class of each rule by name, to read the words it gives its conditions (<see cref="AbsenceAttribute"/>, <see cref="UnmetAttribute"/>).</param>
    /// <exception cref="InvalidOperationException">A rule gives words twice for one of its <c>Not</c> conditions, or for one it does not have.</exception>
    internal static Dictionary<IRuleDefinition, RuleDescription> Describe(IReadOnlyList<IRuleDefinition> rules, IReadOnlyDictionary<string, Type>? ruleTypes = null)
    {
        var described = rules.ToDictionary(rule => rule, From);
        var actions = rules.ToDictionary(rule => rule, ActionsOf);
        var yields = actions.ToDictionary(pair => pair.Key, pair => pair.Value.Types);
        var derived = yields.Values.SelectMany(types => types).ToHashSet();
        var negations = new Dictionary<IRuleDefinition, List<Type>>();
        foreach (var rule in rules)
        {
            var absent = new HashSet<Type>();
            Negated(rule.LeftHandSide, absent);
            var nots = new List<Type>();
            NotPatterns(rule.LeftHandSide, nots);
            negations[rule] = nots;
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
                Unmet = UnmetOf(rule)?.Text,
                UnmetForOffer = UnmetOf(rule) is { ForOffer.Length: > 0 } unmet ? unmet.ForOffer : null,
                Yields = yields[rule],
                YieldsAll = actions[rule].EveryActionYields,
                YieldsValues = actions[rule].Values,
            };
        }

        var byName = described.Values.GroupBy(d => d.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var description = described[rule];
            var words = new Dictionary<int, AbsenceAttribute>();
            foreach (var said in TypeOf(rule)?.GetCustomAttributes(typeof(AbsenceAttribute), inherit: true).OfType<AbsenceAttribute>() ?? [])
            {
                if (!words.TryAdd(said.Position, said))
                {
                    throw new InvalidOperationException($"the rule {rule.Name} gives words twice for its Not condition {said.Position} ([Absence({said.Position}, …)])");
                }
            }

            foreach (var stray in words.Keys.Where(position => position < 1 || position > negations[rule].Count))
            {
                throw new InvalidOperationException($"the rule {rule.Name} gives words for its Not condition {stray} ([Absence({stray}, …)]), but it has {negations[rule].Count}");
            }

            description.Absences = [.. negations[rule].Select((type, i) =>
            {
                var said = words.GetValueOrDefault(i + 1);
                var drawnBy = said is { DrawnBy.Length: > 0 }
                    ? said.DrawnBy.Select(name => byName.GetValueOrDefault(name)).OfType<RuleDescription>()
                    : described.Values.Where(other => other.Yields.Contains(type));
                return new Absence(type, said?.Text, i + 1, [.. drawnBy.OrderBy(d => d.Name, StringComparer.Ordinal)]);
            })];
            var positive = new List<Type>();
            Patterns(rule.LeftHandSide, positive);
            description.Prerequisites = [.. positive.Where(derived.Contains).Distinct()];
        }

        return described;

        Type? TypeOf(IRuleDefinition rule) => ruleTypes?.GetValueOrDefault(rule.Name);
        UnmetAttribute? UnmetOf(IRuleDefinition rule) => TypeOf(rule)?.GetCustomAttributes(typeof(UnmetAttribute), inherit: true).OfType<UnmetAttribute>().SingleOrDefault();
    }

    /// <summary>
    /// Every fact type the rule's conditions match, wherever they stand (a pattern, <c>Not</c>,
    /// <c>Exists</c>, <c>All</c>, a collection's source); null when a condition is of a kind this
    /// does not know, so that a caller assumes the rule may match anything.
    /// </summary>
    internal static IReadOnlySet<Type>? MatchedTypes(IRuleDefinition rule)
    {
        var types = new HashSet<Type>();
        return Walk(rule.LeftHandSide) ? types : null;

        bool Walk(RuleElement element) => element switch
        {
            PatternElement pattern => types.Add(pattern.ValueType) | true && (pattern.Source is null || Walk(pattern.Source)),
            NotElement not => Walk(not.Source),
            ExistsElement exists => Walk(exists.Source),
            ForAllElement all => Walk(all.BasePattern) && all.Patterns.All(Walk),
            AggregateElement aggregate => Walk(aggregate.Source),
            GroupElement group => group.ChildElements.All(Walk),
            BindingElement => true,
            _ => false,
        };
    }

    /// <summary>The fact types of the rule's <c>Not</c> conditions, one per condition, in the order written.</summary>
    private static void NotPatterns(RuleElement element, List<Type> types)
    {
        switch (element)
        {
            case NotElement { Source: PatternElement pattern }:
                types.Add(pattern.ValueType);
                break;
            case NotElement not:
                var inner = new HashSet<Type>();
                Patterns(not.Source, inner);
                types.Add(inner.FirstOrDefault() ?? typeof(object));
                break;
            case GroupElement group:
                foreach (var child in group.ChildElements)
                {
                    NotPatterns(child, types);
                }

                break;
        }
    }

    // NRules' Yield keeps the fact it inserts in a block variable of the fact's type; the values it writes are constants.
    private static BlockVariables ActionsOf(IRuleDefinition rule)
    {
        var finder = new BlockVariables();
        foreach (var action in rule.RightHandSide.Actions)
        {
            var before = finder.Blocks;
            finder.Visit(action.Expression);
            finder.EveryActionYields &= finder.Blocks > before;
        }

        return finder;
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

    /// <summary>The fact types matched outside a <c>Not</c>, a collection's by its element type.</summary>
    private static void Patterns(RuleElement element, ICollection<Type> types)
    {
        switch (element)
        {
            case PatternElement { Source: AggregateElement aggregate }:
                Patterns(aggregate.Source, types);
                break;
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

        public HashSet<string> Values { get; } = new(StringComparer.Ordinal);

        /// <summary>How many blocks with variables (a yield's) the actions visited so far hold.</summary>
        public int Blocks { get; private set; }

        /// <summary>Whether every action visited holds a yield's block.</summary>
        public bool EveryActionYields { get; set; } = true;

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is Enum or bool)
            {
                Values.Add(node.Value.ToString()!);
            }

            return base.VisitConstant(node);
        }

        // A value the rule holds rather than writes (a base rule's constructor argument, such as the
        // risk each SeaOnlyGuaranteeRisk names) reaches the action as a field of the rule: read it.
        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is ConstantExpression { Value: { } holder } && node.Member is System.Reflection.FieldInfo field
                && (field.FieldType.IsEnum || field.FieldType == typeof(bool)) && field.GetValue(holder) is { } value)
            {
                Values.Add(value.ToString()!);
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            Blocks += node.Variables.Count > 0 ? 1 : 0;
            foreach (var variable in node.Variables)
            {
                Types.Add(variable.Type);
            }

            return base.VisitBlock(node);
        }
    }
}

/// <summary>One <c>Not</c> condition of a rule: the fact type it requires absent, its words, and the rules that could draw such a fact.</summary>
/// <param name="Fact">The absent fact's type.</param>
/// <param name="Text">What is absent, in words with placeholders (<see cref="AbsenceAttribute"/>); <see langword="null"/> if the rule gives none.</param>
/// <param name="Position">Which <c>Not</c> condition of the rule, counting from 1.</param>
/// <param name="DrawnBy">The rules that could draw the absent fact, ordered by name; empty for a fact of the input.</param>
internal sealed record Absence(Type Fact, string? Text, int Position, IReadOnlyList<RuleDescription> DrawnBy);

