namespace AllianceRules.Claims;

/// <summary>What part a claim plays in the rulebook.</summary>
public enum ClaimKind
{
    /// <summary>An inference the rules draw; one or more rules carry its ID.</summary>
    Rule,

    /// <summary>A historical case the article argues from; a built-in scenario reproduces it.</summary>
    Evidence,

    /// <summary>A standing fact about an actor; the built-in actor profiles carry it.</summary>
    Background,
}
