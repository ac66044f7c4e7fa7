using PledgeBot.Dialogs.Safety;

namespace PledgeBot.Safety;

/// <summary>Loads the safety classifier and compiles the lexicon in the background as the host starts, so the first
/// young person to write does not wait for the model to load (about half a second); start-up itself does not wait.</summary>
public sealed class SafetyModelWarmup(LocalTextAnalyzer analyzer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() => analyzer.Analyze("xin chào", "vi-VN"), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
