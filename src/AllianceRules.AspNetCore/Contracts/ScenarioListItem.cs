namespace AllianceRules.AspNetCore.Contracts;

/// <summary>One built-in episode: enough to pick it; GET scenarios/{id} has the rest.</summary>
/// <param name="Id">The ID to ask for it by.</param>
/// <param name="Title">Its title.</param>
/// <param name="Date">Its date, as free text.</param>
/// <param name="HasRecord">Whether it records what happened, so that its assessment carries a backtest.</param>
/// <param name="AfterTheArticle">Whether it happened after the article's latest event (the backtest's test set).</param>
/// <param name="Claims">The claims it is evidence for.</param>
internal sealed record ScenarioListItem(string Id, string? Title, string? Date, bool HasRecord, bool AfterTheArticle, IReadOnlyList<string> Claims);
