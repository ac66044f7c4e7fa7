namespace PledgeBot.Settings;

/// <summary>Warns once at start for every renamed setting still given under its old key.</summary>
public sealed class RenamedSettingsWarning(
    IEnumerable<RenamedSetting> renamed, IConfiguration configuration, ILogger<RenamedSettingsWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var setting in renamed.Distinct())
        {
            if (configuration[setting.OldKey] is null)
            {
                continue;
            }

            if (configuration[setting.NewKey] is null)
            {
                logger.OldKeyRead(setting.OldKey, setting.NewKey);
            }
            else
            {
                logger.OldKeyIgnored(setting.OldKey, setting.NewKey);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
