using QRCoder;

namespace PledgeBot.Referrals;

/// <summary>A code's web link as a PNG QR code, for posters and booth stands.</summary>
internal static class ReferralQrCode
{
    // 10 px per module: a version-4 code is about 450 px, sharp when printed at poster size.
    private const int PixelsPerModule = 10;

    /// <summary>ECC level Q: a poster can be scuffed or partly covered and still scan.</summary>
    public static QRCodeGenerator.ECCLevel Level => QRCodeGenerator.ECCLevel.Q;

    public static byte[] Png(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, Level);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(PixelsPerModule);
    }
}
