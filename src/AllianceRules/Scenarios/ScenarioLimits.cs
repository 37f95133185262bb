namespace AllianceRules.Scenarios;

/// <summary>
/// How large a scenario may be. Inputs are untrusted: the limits bound the work an assessment
/// does and the size of what it writes, and a scenario over one is refused with the JSON path of
/// what is too large. Within them the built-in rules fire well under
/// <see cref="AllianceRulesOptions.DefaultMaxRuleFirings"/> times (a test holds a scenario at every
/// limit to half the cap), so hitting the cap means a rule set that loops, never a large input.
/// </summary>
public static class ScenarioLimits
{
    /// <summary>The most great powers a scenario may declare.</summary>
    public const int MaxPowers = 100;

    /// <summary>The most offers a scenario may hold.</summary>
    public const int MaxOffers = 300;

    /// <summary>The most geography entries a scenario may hold.</summary>
    public const int MaxGeography = 300;

    /// <summary>The most coercion events a scenario may hold.</summary>
    public const int MaxCoercion = 100;

    /// <summary>The most characters in a name (an actor, a role, a scenario ID, a coercion kind).</summary>
    public const int MaxNameLength = 100;

    /// <summary>The most characters in a title, date, note or source.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>The most entries in a list of notes, sources or claims.</summary>
    public const int MaxListLength = 100;
}
