using System.ComponentModel;

namespace AllianceRules.Facts;

/// <summary>The risks the article names.</summary>
public enum Risk
{
    /// <summary>An upgrade proposal arouses the neighbour's suspicion, even if declined (C12, C14).</summary>
    [Description("suspicion of the neighbour")]
    ChineseSuspicion,

    /// <summary>A power that cannot protect on land raises expectations of its commitment (C53).</summary>
    [Description("raised expectations")]
    RaisedExpectations,

    /// <summary>A sea-only guarantee invites punishment on land (C54, C42).</summary>
    [Description("punishment on land by the neighbour")]
    LandPunishment,

    /// <summary>A sea-only guarantee widens the maritime disputes (C54).</summary>
    [Description("widening of the maritime disputes")]
    DisputeWidening,

    /// <summary>The neighbour tests a maritime ally's alliance cheaply with border incursions (C37, C36).</summary>
    [Description("border tests by the neighbour")]
    BorderTest,

    /// <summary>Coerced at sea, the hedging state stands alone (C39).</summary>
    [Description("alone at sea")]
    AloneAtSea,

    /// <summary>A power the hedging state relies on may walk away (C26, C48, C50).</summary>
    [Description("abandonment")]
    Abandonment,
}
