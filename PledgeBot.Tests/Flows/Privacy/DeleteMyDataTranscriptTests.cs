using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Flows.Privacy;
using PledgeBot.Dialogs.Ports;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Transcripts;

namespace PledgeBot.Tests.Flows.Privacy;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class DeleteMyDataTranscriptTests
{
    [Theory]
    [InlineData(Language.Vietnamese, "xóa dữ liệu của tôi", "có")]
    [InlineData(Language.Vietnamese, "xoa du lieu cua toi", "co")]
    [InlineData(Language.English, "delete my data", "yes")]
    public async Task Deletes_the_users_records_after_a_yes_and_keeps_the_totals(Language language, string command, string yes)
    {
        var bot = TestBot.Create(language);
        var user = new FakePseudonymizer().HashUser(Channels.Test, bot.UserId);
        var code = await bot.Referrals.CreatePeerCodeAsync(user, CancellationToken.None);
        await bot.Ledger.RecordPledgeAsync(
            new PledgeRecord(user, ["otp", "2fa", "links"], "ha-noi", AgeBands.From15To17, Channels.Test, null, code, DateTimeOffset.UnixEpoch),
            CancellationToken.None);
        var deleted = bot.Content.Get(language, PrivacyText.Deleted,
            ("pledge", bot.Content.Get(language, PrivacyText.DeletedPledge)),
            ("codes", bot.Content.Plural(language, PrivacyText.DeletedCodes, 1)));

        await bot.Transcript()
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User(command).Bot(PrivacyText.Confirm)
            .User(yes).BotContaining(deleted)
            .User("chào").Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .RunAsync();

        Assert.Null(await bot.Ledger.FindPledgeAsync(user, CancellationToken.None));
        Assert.Null(bot.Referrals.PeerCodes[code]);
        Assert.Equal(1, (await bot.Ledger.GetTotalsAsync(CancellationToken.None)).Pledges);
    }

    [Fact]
    public async Task Deletes_nothing_after_a_no()
    {
        var bot = TestBot.Create(Language.Vietnamese);
        var transcript = bot.Transcript();

        await transcript
            .UserJoins().Bot(Text.Welcome.Greeting).Bot(Text.Menu.Prompt)
            .User("xóa dữ liệu").Bot(PrivacyText.Confirm, "Có", "Không")
            .User("không").Bot(PrivacyText.Kept, transcript.MenuTitles())
            .User("chào").Bot(Text.Welcome.NotUnderstood)
            .RunAsync();
    }
}
