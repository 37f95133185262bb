using System.CommandLine;
using AllianceRules.Claims;

namespace AllianceRules.Cli;

/// <summary>
/// A command's choice of rulebook: the article's, or one amended by <c>--amendment DLL</c>,
/// <c>--disable-claim ID</c> and <c>--disable-rule NAME</c>. Unlike a test file's switches, these
/// apply to every case; a claim or rule the rulebook does not have is refused, never ignored.
/// </summary>
internal sealed class RulebookOptions
{
    private readonly Option<string[]> _amendments = new("--amendment")
    {
        Description = "An assembly (.dll) whose IRulebookAmendment implementations amend the rulebook; may be repeated.",
    };

    private readonly Option<string[]> _disabledClaims = new("--disable-claim")
    {
        Description = "A claim ID whose rules are switched off, such as C15; may be repeated.",
    };

    private readonly Option<string[]> _disabledRules = new("--disable-rule")
    {
        Description = "A rule name to switch off, such as Offers.RejectAlignmentWhileBandwagoning; may be repeated.",
    };

    public void AddTo(Command command)
    {
        command.Add(_amendments);
        command.Add(_disabledClaims);
        command.Add(_disabledRules);
    }

    /// <summary>The options that compile the chosen rulebook, and what amends it in words (empty for the article's).</summary>
    public (AllianceRulesOptions Options, IReadOnlyList<string> Amended) Get(ParseResult parse)
    {
        var options = new AllianceRulesOptions();
        var amended = new List<string>();
        foreach (var amendment in (parse.GetValue(_amendments) ?? []).SelectMany(AmendmentLoader.Load))
        {
            amendment.Apply(options);
            amended.Add(amendment.Description);
        }

        var claims = parse.GetValue(_disabledClaims) ?? [];
        var rules = parse.GetValue(_disabledRules) ?? [];
        if (claims.Length + rules.Length > 0)
        {
            var rulebook = new AllianceAssessor(options).Rules;
            foreach (var claim in claims)
            {
                if (!rulebook.Any(r => r.Claims.Contains(claim)))
                {
                    throw new InputException(ClaimCatalogue.Find(claim) is null
                        ? $"--disable-claim: '{claim}' is not a claim of the rulebook (C01–C56, or an amendment's own)"
                        : $"--disable-claim: {claim} is carried by no rule, so switching it off changes nothing");
                }

                options.DisabledClaims.Add(claim);
                amended.Add($"without {claim}");
            }

            foreach (var rule in rules)
            {
                if (!rulebook.Any(r => r.Name == rule))
                {
                    throw new InputException($"--disable-rule: '{rule}' is not a rule of the rulebook (docs/rulebook.md lists them)");
                }

                options.DisabledRules.Add(rule);
                amended.Add($"without {rule}");
            }
        }

        return (options, amended);
    }
}
