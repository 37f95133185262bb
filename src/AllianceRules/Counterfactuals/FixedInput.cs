namespace AllianceRules.Counterfactuals;

/// <summary>One input the counterfactual search held fixed, and why: so that a reader knows why no change of it is proposed.</summary>
/// <param name="Field">
/// The input: <c>roles</c>; a path the caller gave (as given, such as <c>powers[United States].avoidsLandWar</c>);
/// or, for geography between third parties, <c>geography[N]</c> for a border the scenario holds and
/// <c>geography[+]</c> for one it does not.
/// </param>
/// <param name="Value">Its value in words, such as <c>true</c> or <c>no land border between United States and China</c>.</param>
/// <param name="Because">Why it was held fixed.</param>
public sealed record FixedInput(string Field, string Value, FixedBecause Because);

/// <summary>Why the counterfactual search held an input fixed.</summary>
public enum FixedBecause
{
    /// <summary>It is one of the scenario's roles (the hedging state and its neighbour), which the search never changes.</summary>
    Role,

    /// <summary>It is geography between third parties (neither side is the hedging state), which no one can change (D33).</summary>
    ThirdPartyGeography,

    /// <summary>The caller asked for it to be held (<see cref="CounterfactualOptions.Fixed"/>, the CLI's <c>--fix</c>).</summary>
    Asked,
}
