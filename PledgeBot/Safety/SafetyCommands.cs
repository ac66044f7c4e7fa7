namespace PledgeBot.Safety;

/// <summary>The safety command lines the host's binary also runs: <c>safety-train</c> (no host needed), and
/// <c>analyze</c> and <c>safety-eval</c> (with the host's services, stdout for results and logs on stderr).</summary>
public static class SafetyCommands
{
    /// <summary>Runs <c>safety-train</c> when asked; null when the arguments ask for something else.</summary>
    public static int? RunWithoutHost(string[] args) =>
        SafetyTrainCli.IsRequested(args) ? SafetyTrainCli.Run(args, Console.Out) : null;

    /// <summary>Sends the logs to stderr when a command's stdout must carry its results only.</summary>
    public static WebApplicationBuilder ForSafetyCommands(this WebApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (SafetyCli.IsRequested(args) || SafetyEvalCli.IsRequested(args))
        {
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        return builder;
    }

    /// <summary>Runs <c>analyze</c> or <c>safety-eval</c> with the built host's services; null when neither is asked.</summary>
    public static async Task<int?> RunWithHostAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (SafetyCli.IsRequested(args))
        {
            await SafetyCli.RunAsync(app.Services, Console.In, Console.Out, CancellationToken.None);
            return 0;
        }

        return SafetyEvalCli.IsRequested(args)
            ? await SafetyEvalCli.RunAsync(args, app.Services, Console.Out, CancellationToken.None)
            : null;
    }
}
