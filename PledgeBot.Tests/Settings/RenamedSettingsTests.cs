using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PledgeBot.Classes;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Conversations.Messages;
using PledgeBot.Tests.Safety;

namespace PledgeBot.Tests.Settings;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class RenamedSettingsTests
{
    [Fact]
    public async Task An_old_whole_number_key_still_sets_the_duration_and_warns_with_the_new_name()
    {
        using var host = Build(new() { ["FloodControl:WindowSeconds"] = "45" });

        Assert.Equal(TimeSpan.FromSeconds(45), host.Options.Get<FloodControlOptions>().Window);
        await host.StartAsync();
        Assert.Contains("FloodControl:WindowSeconds is read for FloodControl:Window", host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_key_wins_over_the_old_one_and_the_old_one_is_reported_as_ignored()
    {
        using var host = Build(new() { ["FloodControl:WindowSeconds"] = "45", ["FloodControl:Window"] = "00:02:00" });

        Assert.Equal(TimeSpan.FromMinutes(2), host.Options.Get<FloodControlOptions>().Window);
        await host.StartAsync();
        Assert.Contains("FloodControl:WindowSeconds is ignored: FloodControl:Window", host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_either_key_the_default_holds_and_nothing_is_logged()
    {
        using var host = Build([]);

        Assert.Equal(TimeSpan.FromSeconds(10), host.Options.Get<FloodControlOptions>().Window);
        await host.StartAsync();
        Assert.DoesNotContain("Setting", host.Logs.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FloodControl:WindowSeconds", "soon")]
    [InlineData("FloodControl:WindowSeconds", "0")]
    [InlineData("FloodControl:WindowSeconds", "1e300")]
    [InlineData("FloodControl:Window", "00:00:00")]
    [InlineData("FloodControl:Window", "2.00:00:00")]
    public void A_duration_out_of_range_under_either_name_is_refused_on_start(string key, string value)
    {
        using var host = Build(new() { [key] = value });

        var refused = Assert.Throws<OptionsValidationException>(() => host.Options.Get<FloodControlOptions>());
        Assert.Contains("Window", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Days_hours_and_minutes_convert_by_their_own_unit()
    {
        using var host = Build(new() { ["Classes:ResultsDays"] = "7" }, services => services.AddClasses());

        Assert.Equal(TimeSpan.FromDays(7), host.Options.Get<ClassesOptions>().ResultsKept);
    }

    private static TestOptionsHost Build(Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var logs = new CapturedLogs();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddProvider(logs));
        services.AddDialogOptions();
        more?.Invoke(services);
        return new TestOptionsHost(services.BuildServiceProvider(), logs);
    }

    private sealed class TestOptionsHost(ServiceProvider provider, CapturedLogs logs) : IDisposable
    {
        public CapturedLogs Logs => logs;

        public OptionsReader Options => new(provider);

        public async Task StartAsync()
        {
            foreach (var service in provider.GetServices<IHostedService>().OfType<PledgeBot.Settings.RenamedSettingsWarning>())
            {
                await service.StartAsync(CancellationToken.None);
            }
        }

        public void Dispose() => provider.Dispose();
    }

    private sealed class OptionsReader(IServiceProvider provider)
    {
        public T Get<T>() where T : class => provider.GetRequiredService<IOptions<T>>().Value;
    }
}
