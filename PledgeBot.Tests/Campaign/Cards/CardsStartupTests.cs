using Microsoft.Extensions.Options;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Campaign.Cards;

[Trait(TestCategory.Name, TestCategory.Host)]
public sealed class CardsStartupTests : IDisposable
{
    private readonly TemporaryDirectory _dataDir = new();

    [Theory]
    [InlineData("Campaign:PublicBaseUrl", "ftp://khongmotminh.vn")]
    [InlineData("Campaign:PublicBaseUrl", "/relative")]
    [InlineData("Cards:SigningKey", "too-short")]
    public void Refuses_to_start_with_bad_card_settings_and_names_the_setting(string key, string value)
    {
        var failure = StartWith(key, value);

        var invalid = Assert.IsType<OptionsValidationException>(failure);
        Assert.Contains(key, invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_echoes_a_bad_signing_key_when_refusing_it()
    {
        const string Secret = "not-long-enough-secret";

        var failure = StartWith("Cards:SigningKey", Secret);

        Assert.DoesNotContain(Secret, Assert.IsType<OptionsValidationException>(failure).Message, StringComparison.Ordinal);
    }

    public void Dispose() => _dataDir.Dispose();

    // The reason the host gave for not starting; null when it started.
    private Exception? StartWith(string key, string value)
    {
        var failure = new HostStartFailure();
        using var factory = CardsHost.Builder(_dataDir.Path).With(key, value).WithLogs(failure).Build();
        return failure.Reason(() => _ = factory.Server);
    }
}
