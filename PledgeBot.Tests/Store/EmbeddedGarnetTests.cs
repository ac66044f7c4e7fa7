using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;
using StackExchange.Redis;

namespace PledgeBot.Tests.Store;

[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class EmbeddedGarnetTests : IDisposable
{
    private readonly TemporaryDirectory _dataDir = new();
    private readonly StateKey _conversation = StateKey.Parse(Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Recovers_conversation_state_from_its_append_only_file_after_a_restart()
    {
        await using (var garnet = StartGarnet())
        await using (var multiplexer = await ConnectAsync(garnet))
        {
            var store = CreateStore(multiplexer);
            await store.TryWriteAsync(_conversation, """{"step":1}""", 0, null, CancellationToken.None);
            await store.TryWriteAsync(_conversation, """{"step":2}""", 1, "a1", CancellationToken.None);
        }

        await using var restarted = StartGarnet();
        await using var reconnected = await ConnectAsync(restarted);
        var state = await CreateStore(reconnected).ReadAsync(_conversation, "a1", CancellationToken.None);
        var ttl = await reconnected.GetDatabase().KeyTimeToLiveAsync(new RedisKeys("pledgebot:").State(_conversation));

        Assert.Equal(new StoredState("""{"step":2}""", 2, true), state);
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(29), TimeSpan.FromDays(30));
    }

    [Fact]
    public async Task Refuses_a_second_server_on_a_data_directory_in_use()
    {
        await using var garnet = StartGarnet();

        var refusal = Assert.Throws<InvalidOperationException>(StartGarnet);

        Assert.Contains("Store:DataDir", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeps_its_files_under_the_garnet_folder_of_the_data_directory()
    {
        await using var garnet = StartGarnet();

        Assert.Equal(Path.Combine(_dataDir.Path, "garnet"), garnet.DataDirectory);
        Assert.StartsWith("127.0.0.1:", garnet.Endpoint, StringComparison.Ordinal);
    }

    public void Dispose() => _dataDir.Dispose();

    private EmbeddedGarnet StartGarnet() =>
        new(Options.Create(new StoreOptions { DataDir = _dataDir.Path }), NullLoggerFactory.Instance);

    private static async Task<ConnectionMultiplexer> ConnectAsync(EmbeddedGarnet garnet) =>
        await ConnectionMultiplexer.ConnectAsync(StoreConnection.Options(garnet.Endpoint));

    private static RedisStateStore CreateStore(IConnectionMultiplexer multiplexer) =>
        new(multiplexer, new RedisKeys("pledgebot:"), Options.Create(new StoreOptions()), NullLogger<RedisStateStore>.Instance);
}
