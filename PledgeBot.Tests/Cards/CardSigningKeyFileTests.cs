using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PledgeBot.Cards;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Store;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Cards;

public sealed class CardSigningKeyFileTests : IDisposable
{
    private readonly TemporaryDirectory _dataDir = new();

    [Fact]
    public void Generates_the_key_once_readable_by_the_owner_only_and_reuses_it()
    {
        var first = CardSigningKeyFile.LoadOrCreate(_dataDir.Path, NullLogger.Instance);
        var written = File.GetLastWriteTimeUtc(CardSigningKeyFile.PathIn(_dataDir.Path));

        var second = CardSigningKeyFile.LoadOrCreate(_dataDir.Path, NullLogger.Instance);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
        Assert.Equal(written, File.GetLastWriteTimeUtc(CardSigningKeyFile.PathIn(_dataDir.Path)));
        Assert.Equal(Path.Combine(_dataDir.Path, "cards", "signing.key"), CardSigningKeyFile.PathIn(_dataDir.Path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(CardSigningKeyFile.PathIn(_dataDir.Path)));
        }
    }

    [Fact]
    public void Uses_the_configured_key_and_writes_no_file()
    {
        var card = new PledgeCard(1, ["otp"], "ABC123", "vi");
        var configured = new string('k', 32);

        var signer = Signer(configured);

        Assert.False(File.Exists(CardSigningKeyFile.PathIn(_dataDir.Path)));
        Assert.Equal(new CardSigner(System.Text.Encoding.UTF8.GetBytes(configured)).Sign(card), signer.Sign(card));
    }

    [Fact]
    public void Refuses_to_start_on_a_damaged_key_file_rather_than_invalidate_every_shared_card()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CardSigningKeyFile.PathIn(_dataDir.Path))!);
        File.WriteAllText(CardSigningKeyFile.PathIn(_dataDir.Path), "short");

        Assert.Throws<InvalidOperationException>(() => Signer(null));
    }

    public void Dispose() => _dataDir.Dispose();

    private CardSigner Signer(string? key) => new(
        Options.Create(new CardsOptions { SigningKey = key }),
        Options.Create(new StoreOptions { DataDir = _dataDir.Path }),
        NullLogger<CardSigner>.Instance);
}
