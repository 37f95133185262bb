namespace AllianceRules.Tests.Support;

/// <summary>
/// Docs generated from code: a test builds the text and fails if the committed file differs, so
/// docs cannot drift; the accept command (<c>ALLIANCERULES_ACCEPT=true dotnet test</c>) rewrites them.
/// </summary>
internal static class GeneratedDocs
{
    /// <summary>The sentence generated docs print about themselves.</summary>
    public const string UpdateHint = "regenerate with `" + Accept.Command + "`";

    /// <summary>Checks that a whole generated file is as committed (or writes it, when accepting).</summary>
    public static void AssertFresh(string relativePath, string generated) => ApprovedFile.Check(relativePath, generated, "generated doc");

    /// <summary>
    /// Checks the generated part of a hand-written page: the text between
    /// <c>&lt;!-- name:start --&gt;</c> and <c>&lt;!-- name:end --&gt;</c>.
    /// </summary>
    public static void AssertFreshSection(string relativePath, string name, string generated) =>
        ApprovedFile.CheckSection(relativePath, name, generated);
}
