namespace AllianceRules.Facts;

/// <summary>The risks the article names.</summary>
public enum Risk
{
    /// <summary>An upgrade proposal arouses the neighbour's suspicion, even if declined (C12, C14).</summary>
    ChineseSuspicion,

    /// <summary>A power that cannot protect on land raises expectations of its commitment (C53).</summary>
    RaisedExpectations,

    /// <summary>A sea-only guarantee invites punishment on land (C54, C42).</summary>
    LandPunishment,

    /// <summary>A sea-only guarantee widens the maritime disputes (C54).</summary>
    DisputeWidening,

    /// <summary>The neighbour tests a maritime ally's alliance cheaply with border incursions (C37, C36).</summary>
    BorderTest,

    /// <summary>Coerced at sea, the hedging state stands alone (C39).</summary>
    AloneAtSea,

    /// <summary>A power the hedging state relies on may walk away (C26, C48, C50).</summary>
    Abandonment,
}
