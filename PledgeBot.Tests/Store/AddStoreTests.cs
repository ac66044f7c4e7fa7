using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Privacy;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;
using StackExchange.Redis;

namespace PledgeBot.Tests.Store;

[Collection(RedisServerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class AddStoreTests(RedisServerFixture redis) : IDisposable
{
    private readonly TemporaryDirectory _dataDir = new();
    private readonly StateKey _conversation = StateKey.Parse(Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Runs_on_an_embedded_Garnet_in_the_data_directory_when_no_connection_string_is_set()
    {
        UserHash user;
        await using (var services = Build())
        {
            var store = services.GetRequiredService<IStateStore>();
            user = services.GetRequiredService<IPseudonymizer>().HashUser("telegram", "1");
            await store.TryWriteAsync(_conversation, """{"step":1}""", 0, null, CancellationToken.None);
            var health = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(CancellationToken.None);

            Assert.Equal(HealthStatus.Healthy, health.Status);
            Assert.False(Directory.Exists(Path.Combine(_dataDir.Path, "privacy")));
            Assert.True(Directory.Exists(Path.Combine(_dataDir.Path, "garnet")));
        }

        await using var restarted = Build();
        var state = await restarted.GetRequiredService<IStateStore>().ReadAsync(_conversation, null, CancellationToken.None);

        Assert.Equal(new StoredState("""{"step":1}""", 1, false), state);
        Assert.Equal(user, restarted.GetRequiredService<IPseudonymizer>().HashUser("telegram", "1"));
    }

    [Fact]
    public async Task Uses_the_Redis_connection_string_when_one_is_set_and_starts_no_Garnet()
    {
        await using var services = Build(("ConnectionStrings:Redis", redis.Endpoint), ("Store:KeyPrefix", "wired:"));

        await services.GetRequiredService<IStateStore>().TryWriteAsync(_conversation, "{}", 0, null, CancellationToken.None);

        Assert.True(await redis.Multiplexer.GetDatabase().KeyExistsAsync($"wired:{{c:{_conversation}}}:state"));
        Assert.False(Directory.Exists(Path.Combine(_dataDir.Path, "garnet")));
    }

    [Fact]
    public async Task Reports_unhealthy_without_exception_text_when_the_store_is_unreachable()
    {
        await using var multiplexer = await ConnectionMultiplexer.ConnectAsync(
            StoreConnection.Options($"127.0.0.1:{LoopbackPort.Free()},connectTimeout=200,asyncTimeout=200,connectRetry=0"));
        var check = new StoreHealthCheck(multiplexer);
        var context = new HealthCheckContext
        {
            Registration = new HealthCheckRegistration("store", check, HealthStatus.Unhealthy, ["ready"]),
        };

        var result = await check.CheckHealthAsync(context, CancellationToken.None);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Null(result.Exception);
        Assert.DoesNotContain("127.0.0.1", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stops_at_start_when_the_key_prefix_would_break_the_hash_tag()
    {
        await using var services = Build(("Store:KeyPrefix", "{bad}:"));

        var refusal = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StoreOptions>>().Value);

        Assert.Contains("KeyPrefix", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("Information", true)]
    public async Task Keeps_Garnet_and_Redis_client_chatter_out_of_the_log_unless_configuration_asks_for_it(string? level, bool shown)
    {
        await using var services = Build(
            ("Logging:LogLevel:Default", "Information"),
            ("Logging:LogLevel:Garnet", level ?? ""),
            ("Logging:LogLevel:StackExchange.Redis", level ?? ""));
        var loggers = services.GetRequiredService<ILoggerFactory>();

        Assert.Equal(shown, loggers.CreateLogger("Garnet.Options").IsEnabled(LogLevel.Information));
        Assert.Equal(shown, loggers.CreateLogger("StackExchange.Redis.ConnectionMultiplexer").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Garnet.Options").IsEnabled(LogLevel.Debug));
        Assert.True(loggers.CreateLogger("Garnet.Session").IsEnabled(LogLevel.Warning));
        Assert.True(loggers.CreateLogger(typeof(EmbeddedGarnet).FullName!).IsEnabled(LogLevel.Information));
    }

    public void Dispose() => _dataDir.Dispose();

    private ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Store:DataDir", _dataDir.Path), new("Logging:LogLevel:Default", "Warning")])
            .AddInMemoryCollection(settings
                .Where(setting => setting.Value.Length > 0)
                .Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)))
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddConsole());
        services.AddStore(configuration).AddPrivacy();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
