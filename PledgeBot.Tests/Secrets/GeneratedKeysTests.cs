using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using PledgeBot.Privacy;
using PledgeBot.Secrets;
using PledgeBot.Staff;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;
using PledgeBot.Tests.Safety;
using StackExchange.Redis;

namespace PledgeBot.Tests.Secrets;

/// <summary>The keys the app generates when their settings are empty, on a real redis-server: one per store, whichever
/// instance starts first, and the key files of earlier versions carried over.</summary>
[Collection(RedisServerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class GeneratedKeysTests(RedisServerFixture redis) : IDisposable
{
    private readonly string _prefix = $"t{Guid.NewGuid():N}:";
    private readonly List<TemporaryDirectory> _dataDirs = [];
    private readonly CapturedLogs _logs = new();

    [Fact]
    public void Uses_the_configured_key_without_touching_the_store()
    {
        var configured = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var store = new Mock<IConnectionMultiplexer>(MockBehavior.Strict);
        var keys = new GeneratedKeys(store.Object, new RedisKeys(_prefix), Options.Create(new StoreOptions { DataDir = NewDataDir() }), Logger());

        var key = keys.Resolve(GeneratedKey.CardSigning, configured);

        Assert.Equal(Convert.FromBase64String(configured), key);
        Assert.Contains(_logs.Lines, line => line.Contains("card-signing", StringComparison.Ordinal) && line.Contains("Source=Configuration", StringComparison.Ordinal));
    }

    [Fact]
    public void Configuration_wins_over_a_key_already_in_the_store()
    {
        var generated = Keys().Resolve(GeneratedKey.DirectLineToken, null);
        var configured = new string('c', 40);

        var key = Keys().Resolve(GeneratedKey.DirectLineToken, configured);

        Assert.Equal(Encoding.UTF8.GetBytes(configured), key);
        Assert.NotEqual(generated, key);
    }

    [Fact]
    public async Task Instances_starting_together_on_an_empty_store_publish_one_key_and_all_use_it()
    {
        using var second = await redis.ConnectAsync();
        var instances = Enumerable.Range(0, 8).Select(i => Keys(i % 2 == 0 ? redis.Multiplexer : second)).ToArray();
        var sources = new GeneratedKeySource[instances.Length];

        // Threads of their own, released together: the calls block, as they do while a host builds its singletons.
        using var start = new Barrier(instances.Length);
        var keys = await Task.WhenAll(instances.Select((instance, i) => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                return instance.Share(GeneratedKey.UserId, RandomNumberGenerator.GetBytes(32), out sources[i]);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        Assert.Single(keys.Select(Convert.ToBase64String).Distinct());
        Assert.Equal(1, sources.Count(source => source == GeneratedKeySource.Created));
        Assert.Equal(instances.Length - 1, sources.Count(source => source == GeneratedKeySource.Store));
        Assert.Equal(Convert.ToBase64String(keys[0]), (string?)await redis.Multiplexer.GetDatabase().StringGetAsync(_prefix + "secrets:user-id"));
    }

    [Fact]
    public void Carries_an_earlier_versions_key_file_into_the_store_so_user_hashes_do_not_change()
    {
        var old = RandomNumberGenerator.GetBytes(32);
        var upgraded = NewDataDir();
        WriteKeyFile(upgraded, "privacy/user-id.key", old);
        var before = new HmacPseudonymizer(old).HashUser("telegram", "12345");

        var after = new HmacPseudonymizer(Options.Create(new PrivacyOptions()), Keys(dataDir: upgraded)).HashUser("telegram", "12345");
        var onAnotherInstance = new HmacPseudonymizer(Options.Create(new PrivacyOptions()), Keys()).HashUser("telegram", "12345");

        Assert.Equal(before, after);
        Assert.Equal(before, onAnotherInstance);
        Assert.Contains(_logs.Lines, line => line.Contains("user-id", StringComparison.Ordinal) && line.Contains("Source=MigratedFile", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, line => line.Contains("user-id", StringComparison.Ordinal) && line.Contains("Source=Store", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_the_stores_key_over_a_differing_key_file_and_says_so()
    {
        var shared = Keys().Resolve(GeneratedKey.ReferralStats, null);
        var stale = NewDataDir();
        WriteKeyFile(stale, "referrals/stats-signing.key", RandomNumberGenerator.GetBytes(32));

        var key = Keys(dataDir: stale).Resolve(GeneratedKey.ReferralStats, null);

        Assert.Equal(shared, key);
        Assert.Contains(_logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("stats-signing.key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refuses_a_damaged_key_in_the_store_or_in_a_key_file_rather_than_replace_it()
    {
        await redis.Multiplexer.GetDatabase().StringSetAsync(_prefix + "secrets:card-signing", "short");
        var damagedFile = NewDataDir();
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(damagedFile, "directline")).FullName, "token.key"), "short");

        var inStore = Assert.Throws<InvalidOperationException>(() => Keys().Resolve(GeneratedKey.CardSigning, null));
        var inFile = Assert.Throws<InvalidOperationException>(() => Keys(dataDir: damagedFile).Resolve(GeneratedKey.DirectLineToken, null));

        Assert.Contains("Cards:SigningKey", inStore.Message, StringComparison.Ordinal);
        Assert.Contains("DirectLine:TokenKey", inFile.Message, StringComparison.Ordinal);
        Assert.False((await redis.Multiplexer.GetDatabase().StringGetAsync(_prefix + "secrets:directline-token")).HasValue);
    }

    [Fact]
    public void Logs_where_every_key_came_from_and_never_the_key()
    {
        var migratedFile = NewDataDir();
        var old = RandomNumberGenerator.GetBytes(32);
        WriteKeyFile(migratedFile, "cards/signing.key", old);
        var configured = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        var used = new[]
        {
            Keys().Resolve(GeneratedKey.UserId, configured),
            Keys().Resolve(GeneratedKey.DirectLineToken, null),
            Keys().Resolve(GeneratedKey.DirectLineToken, null),
            Keys(dataDir: migratedFile).Resolve(GeneratedKey.CardSigning, null),
        };

        foreach (var source in new[] { "Configuration", "Created", "Store", "MigratedFile" })
        {
            Assert.Contains(_logs.Lines, line => line.Contains($"Source={source}", StringComparison.Ordinal));
        }

        foreach (var key in used)
        {
            Assert.DoesNotContain(Convert.ToBase64String(key), _logs.All, StringComparison.Ordinal);
            Assert.DoesNotContain(Convert.ToHexString(key), _logs.All, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Convert.ToBase64String(key)[..12], _logs.All, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Refuses_to_start_with_a_clear_reason_when_no_key_is_set_and_the_store_is_down()
    {
        using var unreachable = ConnectionMultiplexer.Connect(StoreConnection.Options($"127.0.0.1:{LoopbackPort.Free()},connectTimeout=200,syncTimeout=200,connectRetry=0"));

        var refused = Assert.Throws<InvalidOperationException>(() => Keys(unreachable).Resolve(GeneratedKey.UserId, null));

        Assert.Contains("Privacy:UserIdKey", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_a_generated_staff_key_once_across_instances_and_keeps_only_its_hash_in_the_store()
    {
        var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(console);
        try
        {
            var first = new StaffKeys(Options.Create(new StaffOptions()), Keys(), NullLogger<StaffKeys>.Instance);
            var printed = console.ToString();
            var second = new StaffKeys(Options.Create(new StaffOptions()), Keys(), NullLogger<StaffKeys>.Instance);

            var key = printed.Split(": ").Last().Trim();
            Assert.Equal(printed, console.ToString());
            Assert.NotNull(first.Match(key));
            Assert.Equal(first.Match(key), second.Match(key));
            Assert.Null(second.Match(key + "x"));
            var stored = (string)redis.Multiplexer.GetDatabase().StringGet(_prefix + "secrets:staff-api-key-sha256")!;
            Assert.Equal(Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(key))), stored);
            Assert.DoesNotContain(key, _logs.All, StringComparison.Ordinal);
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    [Fact]
    public void Keeps_the_staff_key_of_an_earlier_versions_hash_file_working()
    {
        var dataDir = NewDataDir();
        WriteKeyFile(dataDir, "staff/api-key.sha256", SHA256.HashData(Encoding.UTF8.GetBytes("the-old-staff-key")));

        var keys = new StaffKeys(Options.Create(new StaffOptions()), Keys(dataDir: dataDir), NullLogger<StaffKeys>.Instance);

        Assert.NotNull(keys.Match("the-old-staff-key"));
        Assert.Contains(_logs.Lines, line => line.Contains("staff-api-key-sha256", StringComparison.Ordinal) && line.Contains("Source=MigratedFile", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        foreach (var dataDir in _dataDirs)
        {
            dataDir.Dispose();
        }
    }

    private GeneratedKeys Keys(IConnectionMultiplexer? store = null, string? dataDir = null) => new(
        store ?? redis.Multiplexer, new RedisKeys(_prefix), Options.Create(new StoreOptions { DataDir = dataDir ?? NewDataDir() }), Logger());

    private ILogger<GeneratedKeys> Logger() => new LoggerFactory([_logs]).CreateLogger<GeneratedKeys>();

    private string NewDataDir()
    {
        var dataDir = new TemporaryDirectory();
        _dataDirs.Add(dataDir);
        return dataDir.Path;
    }

    private static void WriteKeyFile(string dataDir, string relativePath, byte[] key)
    {
        var path = Path.Combine(dataDir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Convert.ToBase64String(key) + "\n");
    }
}
