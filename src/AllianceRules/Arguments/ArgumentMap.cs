using System.Collections.Concurrent;
using AllianceRules.Claims;
using AllianceRules.Engine;
using AllianceRules.Scenarios;
using AllianceRules.Theory;

namespace AllianceRules.Arguments;

/// <summary>
/// The argument of a rulebook as a graph, for the tools critics map arguments in (Argdown, the
/// Argument Interchange Format, GraphML editors): the article's claims and the project's readings
/// as statements, each rule as an inference from the claims, readings and derived facts it rests
/// on to the classes of conclusion it draws, and the conflicts: each reading against its
/// alternative, and pairs of rules the lint finds drawing different values for one conclusion.
/// </summary>
/// <param name="Rulebook">The rulebook version.</param>
/// <param name="Statements">Every statement: claims in catalogue order, then readings, alternative readings, derived facts and conclusion classes, each group ordered by ID.</param>
/// <param name="Inferences">One per rule, ordered by name.</param>
/// <param name="Conflicts">Readings against their alternatives in catalogue order, then the lint's conflicts by kind and rule.</param>
/// <remarks>
/// What a rule concludes and which derived facts it rests on are observed, not parsed from its
/// code: the rulebook is run over the decision table and the built-in episodes, and a rule that
/// draws nothing there (docs/theory-lint.md lists them) has premises but no conclusion.
/// </remarks>
public sealed record ArgumentMap(string Rulebook, IReadOnlyList<ArgumentStatement> Statements, IReadOnlyList<ArgumentInference> Inferences, IReadOnlyList<ArgumentConflict> Conflicts)
{
    /// <summary>Maps the argument of a rulebook.</summary>
    /// <param name="rulebook">The rulebook (an <see cref="AllianceAssessor"/>).</param>
    /// <param name="cancellationToken">Stops the sweeps between assessments.</param>
    /// <returns>The map.</returns>
    public static ArgumentMap Of(RulebookHost rulebook, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        var points = DecisionTable.InputSpace(rulebook.AidBenchmark).ToArray();
        var episodes = HistoricalScenarios.All;
        ValidScenario[] scenarios = [.. points.Select(p => ValidScenario.Trusted(p.Scenario)), .. episodes.Select(ValidScenario.From)];

        // What each rule draws and rests on, as the rules run: derived facts from the derivations,
        // conclusions (with their values) from the assessments.
        var premises = new ConcurrentDictionary<(string Rule, string Fact), bool>();
        var derived = new ConcurrentDictionary<(string Rule, string Fact), bool>();
        // One sweep in the table's order, in blocks of one session each, as the lint sweeps.
        var sweep = DecisionTable.SweepOrderThen(episodes.Count);
        var traces = DecisionTable.InPointOrder(sweep, rulebook.DeriveInBlocks(
            [.. sweep.Select(i => scenarios[i])],
            (_, derivations, _) =>
            {
                foreach (var derivation in derivations.Values)
                {
                    if (IsDerived(derivation.Fact))
                    {
                        derived[(derivation.Rule.Name, derivation.Fact.GetType().Name)] = true;
                    }

                    foreach (var matched in derivation.MatchedUnordered)
                    {
                        if (IsDerived(matched))
                        {
                            premises[(derivation.Rule.Name, matched.GetType().Name)] = true;
                        }
                    }
                }

                return TheoryLint.Trace.Of(derivations);
            },
            (_, _) => TheoryLint.Trace.Failure,
            Detail.Justified,
            cancellationToken));

        var concluded = new HashSet<(string Rule, string Conclusion)>();
        var table = DecisionTable.Build(rulebook, Diagnostics.ProgressCounter.None, cancellationToken);
        IEnumerable<TheoryConclusion> drawn = table.Rows.SelectMany(row => row.Drawn);
        foreach (var episode in episodes)
        {
            try
            {
                drawn = drawn.Concat(TheoryConclusion.Of(rulebook.AssessVerdicts(ValidScenario.From(episode), cancellationToken)));
            }
            catch (RulebookException ex) when (!ex.RuleOverran)
            {
                // A rule set that fails on an episode concludes nothing there; the sweep says so elsewhere.
            }
        }

        foreach (var conclusion in drawn)
        {
            foreach (var rule in conclusion.Rules)
            {
                concluded.Add((rule, ConclusionOf(conclusion)));
            }
        }

        var rules = rulebook.Rules;
        var statements = new List<ArgumentStatement>();
        var claimIds = ClaimIds.Order(ClaimCatalogue.All.Select(c => c.Id).Concat(rules.SelectMany(r => r.Claims)));
        foreach (var id in claimIds)
        {
            statements.Add(ClaimCatalogue.Find(id) is { } claim
                ? new ArgumentStatement(id, StatementKind.Claim, claim.Text) { Paragraphs = claim.Paragraphs, Hedge = claim.Hedge }
                : new ArgumentStatement(id, StatementKind.Claim, "A claim of an amendment, not of the article."));
        }

        statements.AddRange(DecisionCatalogue.All.Select(d => new ArgumentStatement(d.Id, StatementKind.Reading, $"{d.Title}. {d.Text}") { Title = d.Title, AddsContent = d.AddsContent }));
        statements.AddRange(DecisionCatalogue.All.Where(d => d.Alternative is not null)
            .Select(d => new ArgumentStatement(d.Alternative!.Amendment, StatementKind.AlternativeReading, d.Alternative.Text) { Title = $"The alternative to {d.Id}" }));
        statements.AddRange(derived.Keys.Select(k => k.Fact).Concat(premises.Keys.Select(k => k.Fact)).Distinct().Order(StringComparer.Ordinal)
            .Select(fact => new ArgumentStatement(fact, StatementKind.DerivedFact, $"A fact the rules derive: {fact}.")));
        statements.AddRange(concluded.Select(c => c.Conclusion).Distinct().Order(StringComparer.Ordinal)
            .Select(conclusion => new ArgumentStatement(conclusion, StatementKind.Conclusion, $"The rulebook concludes {conclusion}.")));

        var inferences = rules.Select(rule => new ArgumentInference(
                rule.Name,
                rule.Description,
                [.. rule.Claims, .. rule.Decisions, .. premises.Keys.Where(k => k.Rule == rule.Name).Select(k => k.Fact).Order(StringComparer.Ordinal)],
                [.. derived.Keys.Where(k => k.Rule == rule.Name).Select(k => k.Fact).Order(StringComparer.Ordinal),
                 .. concluded.Where(c => c.Rule == rule.Name).Select(c => c.Conclusion).Order(StringComparer.Ordinal)]))
            .ToArray();

        var conflicts = DecisionCatalogue.All.Where(d => d.Alternative is not null)
            .Select(d => new ArgumentConflict($"{d.Alternative!.Amendment} vs {d.Id}", d.Alternative.Amendment, d.Id, $"A reader who holds {d.Alternative.Amendment} rejects {d.Id}; the rulebook holds {d.Id} (weighed in alliance-rules weigh)."))
            .Concat(TheoryLint.FindConflicts(traces, points.Length, episodes, i => i < points.Length ? $"row {i + 1}" : episodes[i - points.Length].Id!)
                .Select(c => new ArgumentConflict(
                    $"{c.FirstRule} vs {c.SecondRule}",
                    c.FirstRule,
                    c.SecondRule,
                    $"{c.FirstRule} draws {c.FirstValue} and {c.SecondRule} draws {c.SecondValue} for one {c.Kind} conclusion, in {c.Rows} decision-table rows and {c.Episodes.Count} built-in episodes; first in {c.Example}.")))
            .ToArray();

        return new ArgumentMap(RulebookVersion.Current, statements, inferences, conflicts);
    }

    private static bool IsDerived(object fact) => fact.GetType().Namespace == typeof(Facts.Derived.CandidatePatron).Namespace;

    private static string ConclusionOf(TheoryConclusion conclusion) => $"{ConclusionChange.ClassOf(conclusion.Key)} = {conclusion.Value}";
}

/// <summary>What a statement of the argument is.</summary>
public enum StatementKind
{
    /// <summary>One of the article's claims (or an amendment's), with its paragraphs and hedge.</summary>
    Claim,

    /// <summary>One of the project's interpretive decisions: a reading of the article, not the article.</summary>
    Reading,

    /// <summary>The alternative to a reading that adds content, which a critic may hold instead.</summary>
    AlternativeReading,

    /// <summary>An intermediate fact the rules derive and other rules rest on (a candidate patron, say).</summary>
    DerivedFact,

    /// <summary>A class of conclusion with its value, as the theory diff names it (<c>responses[*,BaseAccess] = Defer</c>).</summary>
    Conclusion,
}

/// <summary>A statement of the argument (an I-node in AIF).</summary>
/// <param name="Id">Its ID: a claim's or decision's, an alternative's amendment ID, a derived fact's type, or a conclusion class with its value.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Text">What it says.</param>
public sealed record ArgumentStatement(string Id, StatementKind Kind, string Text)
{
    /// <summary>A short title, where there is one (a decision's); null otherwise.</summary>
    public string? Title { get; init; }

    /// <summary>For a claim, the article's paragraphs it comes from; empty otherwise.</summary>
    public IReadOnlyList<int> Paragraphs { get; init; } = [];

    /// <summary>For a claim, the article's own modal word where it hedges (<see cref="Claim.Hedge"/>); null otherwise.</summary>
    public string? Hedge { get; init; }

    /// <summary>For a reading, whether it adds content the article does not state.</summary>
    public bool AddsContent { get; init; }
}

/// <summary>A rule as an inference (an RA-node in AIF): from its premises to its conclusions.</summary>
/// <param name="Id">The rule's name.</param>
/// <param name="Description">The claim it encodes, paraphrased.</param>
/// <param name="Premises">The statements it rests on: its claims, the readings it cites, then the derived facts it matches.</param>
/// <param name="Conclusions">The statements it draws: derived facts, then conclusion classes with their values.</param>
public sealed record ArgumentInference(string Id, string Description, IReadOnlyList<string> Premises, IReadOnlyList<string> Conclusions);

/// <summary>A conflict (a CA-node in AIF): one statement or inference against another.</summary>
/// <param name="Id">Its ID: the two sides, <c>A vs B</c>.</param>
/// <param name="Attacker">The statement or inference that attacks.</param>
/// <param name="Attacked">The one attacked.</param>
/// <param name="Text">What the conflict is.</param>
public sealed record ArgumentConflict(string Id, string Attacker, string Attacked, string Text);
