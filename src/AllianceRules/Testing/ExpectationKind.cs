namespace AllianceRules.Testing;

/// <summary>How a scenario test compares a conclusion with what the rules drew.</summary>
public enum ExpectationKind
{
    /// <summary>One conclusion has the expected value (<c>expect</c>).</summary>
    Value,

    /// <summary>A list of conclusions includes the expected ones, and may hold others (<c>contains</c>).</summary>
    Contains,

    /// <summary>A list of conclusions holds the expected ones and no other (<c>exactly</c>).</summary>
    Exactly,
}
