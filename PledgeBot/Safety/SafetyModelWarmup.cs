using PledgeBot.Dialogs.Safety;

namespace PledgeBot.Safety;

/// <summary>Loads the safety classifier and compiles the lexicon while the host starts, so the first young person to
/// write does not wait for the model to load (about half a second).</summary>
public sealed class SafetyModelWarmup(LocalTextAnalyzer analyzer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        analyzer.Analyze("xin chào", "vi-VN");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
