using System.CommandLine;
using AllianceRules.Claims;
using AllianceRules.Scenarios;

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
        Description = "An assembly (.dll) whose IRulebookAmendment implementations amend the rulebook; may be repeated. " +
            "An amendment is trusted code: loading it runs it with your permissions, so give only assemblies you would run yourself. " +
            "Its rules get the rule timeout (10 s a scenario, or --rule-timeout): one that overruns ends the command (exit 70), naming the rule.",
    };

    private readonly Option<double?> _ruleTimeout = new("--rule-timeout")
    {
        Description = "Seconds a rule may run on one scenario when an --amendment is loaded, from 0.1 to 3600 (default 10); one that overruns ends the command (exit 70), naming the rule.",
        HelpName = "SECONDS",
    };

    private readonly Option<string[]> _disabledClaims = new("--disable-claim")
    {
        Description = "A claim ID whose rules are switched off, such as C15; may be repeated.",
    };

    private readonly Option<string[]> _disabledRules = new("--disable-rule")
    {
        Description = "A rule name to switch off, such as Offers.RejectPartnershipUpgradeWhileBandwagoning; may be repeated.",
    };

    public void AddTo(Command command)
    {
        command.Add(_amendments);
        command.Add(_ruleTimeout);
        command.Add(_disabledClaims);
        command.Add(_disabledRules);
    }

    /// <summary>
    /// The options that compile the chosen rulebook, and what amends it in words (empty for the
    /// article's). Everything an amendment does wrong (an <c>Apply</c> that throws, options it sets
    /// that are invalid) is an <see cref="InputException"/> naming it; its rules get
    /// <see cref="AmendmentLoader.RuleTimeout"/>.
    /// </summary>
    public (AllianceRulesOptions Options, IReadOnlyList<string> Amended) Get(ParseResult parse)
    {
        var options = new AllianceRulesOptions();
        var amended = new List<string>();
        var amendments = parse.GetValue(_amendments) ?? [];
        foreach (var amendment in amendments.SelectMany(AmendmentLoader.Load))
        {
            AmendmentLoader.Apply(amendment, options);
            amended.Add(AmendmentLoader.Describe(amendment));
        }

        if (parse.GetValue(_ruleTimeout) is { } seconds)
        {
            // The built-in rules run untimed (a timed session fires on a thread of its own): a timeout
            // with no amendment to apply it to would be ignored, so it is refused.
            if (amendments.Length == 0)
            {
                throw new InputException("--rule-timeout: it times the rules of an --amendment, and none was given");
            }

            if (double.IsNaN(seconds) || seconds < 0.1 || seconds > 3600)
            {
                throw new InputException($"--rule-timeout: {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not from 0.1 to 3600 seconds");
            }

            options.RuleTimeout = TimeSpan.FromSeconds(seconds);
        }

        if (amendments.Length > 0)
        {
            // Amendments are code we did not write: a rule of theirs that blocks must not hang the tool.
            options.RuleTimeout ??= AmendmentLoader.RuleTimeout;
        }

        if (options.Validate() is { Count: > 0 } invalid)
        {
            throw new InputException([.. invalid.Select(problem => $"--amendment: the options it sets are invalid: {problem}")]);
        }

        var claims = parse.GetValue(_disabledClaims) ?? [];
        var rules = parse.GetValue(_disabledRules) ?? [];
        if (claims.Length + rules.Length > 0)
        {
            var rulebook = AmendmentLoader.Assessor(options).Rules;
            foreach (var claim in claims)
            {
                if (ClaimCatalogue.Find(claim) is not null && !rulebook.Any(r => r.Claims.Contains(claim)))
                {
                    throw new InputException($"--disable-claim: {claim} is carried by no rule, so switching it off changes nothing");
                }

                options.DisabledClaims.Add(claim);
                amended.Add($"without {claim}");
            }

            foreach (var rule in rules)
            {
                options.DisabledRules.Add(rule);
                amended.Add($"without {rule}");
            }

            // A typo would otherwise read as "nothing changes": every unknown claim or rule gets its
            // own line, with the nearest known ones.
            if (options.Validate() is { Count: > 0 } unknown)
            {
                throw new InputException(unknown);
            }
        }

        return (options, amended);
    }
}
