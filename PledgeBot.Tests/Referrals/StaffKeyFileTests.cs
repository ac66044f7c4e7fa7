using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PledgeBot.Staff;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Referrals;

public sealed class StaffKeyFileTests
{
    [Fact]
    public void Generates_a_key_when_none_is_configured_prints_it_once_and_keeps_only_its_hash()
    {
        using var dataDir = new TemporaryDirectory();
        var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(console);
        try
        {
            var first = new StaffKeys(Options.Create(new StaffOptions()), Options.Create(new StoreOptions { DataDir = dataDir.Path }), NullLogger<StaffKeys>.Instance);
            var printed = console.ToString();
            var second = new StaffKeys(Options.Create(new StaffOptions()), Options.Create(new StoreOptions { DataDir = dataDir.Path }), NullLogger<StaffKeys>.Instance);

            var key = printed.Split(": ").Last().Trim();
            Assert.Equal(printed, console.ToString());
            Assert.NotNull(first.Match(key));
            Assert.Equal(first.Match(key), second.Match(key));
            Assert.Null(second.Match(key + "x"));
            var stored = File.ReadAllText(StaffKeyFile.PathIn(dataDir.Path)).Trim();
            Assert.Equal(Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(key))), stored);
            Assert.DoesNotContain(key, stored, StringComparison.Ordinal);
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    [Fact]
    public void Accepts_only_keys_whose_hash_is_configured()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("right-key")));
        var options = new StaffOptions();
        options.ApiKeys.Add(hash);
        var keys = new StaffKeys(Options.Create(options), Options.Create(new StoreOptions()), NullLogger<StaffKeys>.Instance);

        Assert.Equal(hash[..12], keys.Match("right-key"));
        Assert.Null(keys.Match("wrong-key"));
        Assert.Null(keys.Match(hash));
    }
}
