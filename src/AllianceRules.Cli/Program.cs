using AllianceRules.Cli;

// First, so that the other core compiles what this command will need while it starts.
StartupProfile.Start(args);

// Standard input goes to the scenario reader as bytes, which refuses any that are not UTF-8.
using var stdin = StandardInput.Open();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops the work between assessments and ends with an error line; a second one kills.
    e.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
};
using var terminate = Termination.Register(cancel);
var exit = CliApp.Run(args, stdin, Console.Out, Console.Error, cancel.Token);
return Termination.End(Termination.Requested ? ExitCodes.Terminated : exit);
