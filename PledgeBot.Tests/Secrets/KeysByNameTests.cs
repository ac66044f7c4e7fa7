using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PledgeBot.Campaign.Cards;
using PledgeBot.Classes;
using PledgeBot.Counsel;
using PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;
using PledgeBot.Conversations.DirectLine;
using PledgeBot.Secrets;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;
using PledgeBot.Tests.Safety;

namespace PledgeBot.Tests.Secrets;

/// <summary>Every feature asks <see cref="GeneratedKeys"/> for its key by name, on a real redis-server: the names and
/// store entries existing deployments already hold, one store read per name per host, and a configured key still first.</summary>
[Collection(RedisServerCollection.Name)]
[Trait(TestCategory.Name, TestCategory.Store)]
public sealed class KeysByNameTests(RedisServerFixture redis) : IDisposable
{
    private readonly string _prefix = $"t{Guid.NewGuid():N}:";
    private readonly List<TemporaryDirectory> _dataDirs = [];
    private readonly CapturedLogs _logs = new();

    [Fact]
    public void Names_every_generated_key_once_with_the_store_entries_and_settings_deployments_already_use()
    {
        GeneratedKey[] every =
        [
            .. GeneratedKey.All, GeneratedKey.ClassTeacherToken, GeneratedKey.CounselTranscript,
        ];

        Assert.Equal(
            [
                "user-id=Privacy:UserIdKey", "card-signing=Cards:SigningKey", "directline-token=DirectLine:TokenKey",
                "referral-stats=Referrals:StatsSigningKey", "staff-api-key-sha256=Staff:ApiKeys",
                "class-teacher-token=Classes:TokenKey", "counsel-transcript=Counsel:TranscriptKey",
            ],
            every.Select(key => $"{key.Name}={key.Setting}"));
        Assert.Equal(every.Length, every.Select(key => key.LegacyFile).Distinct().Count());
        Assert.Equal(_prefix + "secrets:class-teacher-token", (string?)new RedisKeys(_prefix).GeneratedKey(GeneratedKey.ClassTeacherToken.Name));
    }

    [Fact]
    public void Reads_a_key_two_features_share_from_the_store_once_and_gives_both_the_same_bytes()
    {
        var keys = Keys();
        var options = Options.Create(new DirectLineOptions());

        var tokens = new DirectLineTokenSigner(options, keys, TimeProvider.System);
        var page = new WebUserTokenSigner(options, keys, TimeProvider.System);

        var stored = Convert.FromBase64String((string)redis.Multiplexer.GetDatabase().StringGet(_prefix + "secrets:directline-token")!);
        var token = tokens.Issue(new DirectLineToken("c1", "u1", "directline", DateTimeOffset.UtcNow.AddMinutes(5)));
        Assert.Equal(DirectLineTokenCheck.Valid, new DirectLineTokenSigner(stored, TimeProvider.System).Check(token, out _));
        var pageToken = page.Issue(new WebUser("u1", "c1", DateTimeOffset.UtcNow.AddMinutes(5)));
        var derived = new WebUserTokenSigner(HMACSHA256.HashData(stored, Encoding.UTF8.GetBytes("pledgebot:web-user-token:v1")), TimeProvider.System);
        Assert.Equal(DirectLineTokenCheck.Valid, derived.Check(pageToken, out _));
        Assert.Single(_logs.Lines, line => line.Contains("directline-token", StringComparison.Ordinal) && line.Contains("Source=", StringComparison.Ordinal));
    }

    [Fact]
    public void Uses_a_configured_key_over_the_generated_one_the_host_already_read()
    {
        var keys = Keys();
        var generated = keys.Resolve(GeneratedKey.CardSigning, Options.Create(new CardsOptions()), cards => cards.SigningKey);
        var configured = new string('k', 40);

        var key = keys.Resolve(GeneratedKey.CardSigning, Options.Create(new CardsOptions { SigningKey = configured }), cards => cards.SigningKey);

        Assert.Equal(Encoding.UTF8.GetBytes(configured), key);
        Assert.NotEqual(generated, key);
    }

    [Fact]
    public void Gives_the_teacher_tokens_and_the_transcript_cipher_the_same_keys_on_every_instance_under_their_old_store_entries()
    {
        var teacherKey = RandomNumberGenerator.GetBytes(32);
        redis.Multiplexer.GetDatabase().StringSet(_prefix + "secrets:class-teacher-token", Convert.ToBase64String(teacherKey));
        var expires = DateTimeOffset.UtcNow.AddHours(1);

        var first = new TeacherTokens(Options.Create(new ClassesOptions()), Keys(), TimeProvider.System);
        var second = new TeacherTokens(Options.Create(new ClassesOptions()), Keys(), TimeProvider.System);
        var cipher = new TranscriptCipher(Options.Create(new CounselOptions()), Keys());
        var otherInstance = new TranscriptCipher(Options.Create(new CounselOptions()), Keys());

        var token = first.Sign("ABC123", expires);
        Assert.Equal(token, second.Sign("ABC123", expires));
        var expiry = expires.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(teacherKey, Encoding.UTF8.GetBytes($"class-teacher\nABC123\n{expiry}"))[..16];
        Assert.Equal($"{expiry}.{System.Buffers.Text.Base64Url.EncodeToString(mac)}", token);
        var sealedText = cipher.Encrypt("xin chào"u8, "chat-1");
        Assert.Equal("xin chào"u8.ToArray(), otherInstance.Decrypt(sealedText, "chat-1"));
        Assert.True(redis.Multiplexer.GetDatabase().KeyExists(_prefix + "secrets:counsel-transcript"));
    }

    public void Dispose()
    {
        foreach (var dataDir in _dataDirs)
        {
            dataDir.Dispose();
        }

        _logs.Dispose();
    }

    private GeneratedKeys Keys()
    {
        var dataDir = new TemporaryDirectory();
        _dataDirs.Add(dataDir);
        return new GeneratedKeys(
            redis.Multiplexer, new RedisKeys(_prefix), Options.Create(new StoreOptions { DataDir = dataDir.Path }),
            new LoggerFactory([_logs]).CreateLogger<GeneratedKeys>());
    }
}
