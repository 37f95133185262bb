using AllianceRules.Claims;
using AllianceRules.Engine;

namespace AllianceRules.Testing;

/// <summary>
/// How much of the rulebook a set of assessments exercised: the rules that fired (drew a fact,
/// whether it reached a conclusion's justification or only stood in another rule's way) and the
/// claims those rules carry. Claims are counted among those the rulebook's rules carry; evidence
/// and background claims that no rule carries are not in the count.
/// </summary>
/// <param name="RulesFired">The rulebook's rules that fired, ordered by name.</param>
/// <param name="RulesNotFired">The rulebook's rules that never fired, ordered by name.</param>
/// <param name="ClaimsExercised">The claims carried by the rules that fired, in ID order.</param>
/// <param name="ClaimsNotExercised">The claims carried by the rulebook's rules but by none that fired, in ID order.</param>
public sealed record TheoryCoverage(
    IReadOnlyList<string> RulesFired,
    IReadOnlyList<string> RulesNotFired,
    IReadOnlyList<string> ClaimsExercised,
    IReadOnlyList<string> ClaimsNotExercised)
{
    /// <summary>How many rules the rulebook has.</summary>
    public int Rules => RulesFired.Count + RulesNotFired.Count;

    /// <summary>How many claims the rulebook's rules carry.</summary>
    public int Claims => ClaimsExercised.Count + ClaimsNotExercised.Count;

    /// <summary>The share of the rulebook's rules that fired, in percent (0 to 100).</summary>
    public double RulePercent => Percent(RulesFired.Count, Rules);

    /// <summary>The share of the claims carried by rules that were exercised, in percent (0 to 100).</summary>
    public double ClaimPercent => Percent(ClaimsExercised.Count, Claims);

    /// <summary>Measures the coverage of a rulebook from the rules that fired.</summary>
    /// <param name="rulesFired">The names of the rules that fired, in any order, repeats allowed (<see cref="ScenarioTestResult.RulesFired"/> of each test).</param>
    /// <param name="rules">The rulebook: <see cref="Engine.RulebookHost.Rules"/>. Fired rules it does not have are not counted.</param>
    /// <returns>The coverage.</returns>
    public static TheoryCoverage Of(IEnumerable<string> rulesFired, IReadOnlyList<RuleDescription> rules)
    {
        ArgumentNullException.ThrowIfNull(rulesFired);
        ArgumentNullException.ThrowIfNull(rules);
        var fired = rulesFired.ToHashSet(StringComparer.Ordinal);
        var ordered = rules.OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();
        var claims = ClaimIds.Order(ordered.SelectMany(r => r.Claims));
        var exercised = ordered.Where(r => fired.Contains(r.Name)).SelectMany(r => r.Claims).ToHashSet(StringComparer.Ordinal);
        return new TheoryCoverage(
            [.. ordered.Where(r => fired.Contains(r.Name)).Select(r => r.Name)],
            [.. ordered.Where(r => !fired.Contains(r.Name)).Select(r => r.Name)],
            [.. claims.Where(exercised.Contains)],
            [.. claims.Where(c => !exercised.Contains(c))]);
    }

    private static double Percent(int part, int whole) => whole == 0 ? 100 : 100.0 * part / whole;
}
