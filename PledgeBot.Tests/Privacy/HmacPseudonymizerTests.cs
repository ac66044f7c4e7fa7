using System.Security.Cryptography;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Privacy;

namespace PledgeBot.Tests.Privacy;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class HmacPseudonymizerTests
{
    [Fact]
    public void Hashes_the_same_user_on_the_same_channel_to_the_same_value()
    {
        var pseudonymizer = Create();

        Assert.Equal(pseudonymizer.HashUser("telegram", "12345"), pseudonymizer.HashUser("Telegram", "12345"));
        Assert.Equal(pseudonymizer.ConversationKey("zalo", "c-1"), pseudonymizer.ConversationKey("zalo", "c-1"));
    }

    [Fact]
    public void Hashes_another_user_or_another_channel_or_a_conversation_to_different_values()
    {
        var pseudonymizer = Create();
        var user = pseudonymizer.HashUser("telegram", "12345").Value;

        Assert.NotEqual(user, pseudonymizer.HashUser("telegram", "12346").Value);
        Assert.NotEqual(user, pseudonymizer.HashUser("messenger", "12345").Value);
        Assert.NotEqual(user, pseudonymizer.ConversationKey("telegram", "12345").Value);
    }

    [Fact]
    public void Produces_128_bit_lowercase_hex_that_parses_as_a_user_hash_and_a_state_key()
    {
        var pseudonymizer = Create();

        var user = pseudonymizer.HashUser("webchat", "Người dùng 1").Value;
        var conversation = pseudonymizer.ConversationKey("webchat", new string('x', 2000)).Value;

        Assert.Equal(32, user.Length);
        Assert.True(UserHash.TryParse(user, out _));
        Assert.True(StateKey.TryParse(conversation, out _));
    }

    [Theory]
    [InlineData("too-short", false)]
    [InlineData("c2hvcnQ=", false)]
    [InlineData("a passphrase of at least thirty-two characters", true)]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", true)]
    public void Accepts_only_keys_of_at_least_32_bytes(string key, bool accepted)
    {
        var options = new PrivacyOptions { UserIdKey = key };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Equal(accepted, errors.Count == 0);
        Assert.DoesNotContain(errors, error => error.ErrorMessage!.Contains(key, StringComparison.Ordinal));
    }

    private static HmacPseudonymizer Create() => new(RandomNumberGenerator.GetBytes(32));
}
