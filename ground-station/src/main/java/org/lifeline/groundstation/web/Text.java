package org.lifeline.groundstation.web;

/** Every sentence the recipients' pages show, in English and Chinese. */
enum Text {
    CONFIRM_TITLE("Confirm your parcel", "确认收到包裹"),
    CONFIRM_INTRO("Please check that this is your parcel, then tap the button.", "请核对包裹信息，确认无误后点击下方按钮。"),
    DROP_POINT("Drop point", "投放点"),
    ITEMS("Items", "物品"),
    PARCEL("Parcel", "包裹编号"),
    CONFIRM_BUTTON("I have received it", "我已收到"),
    DONE_TITLE("Thank you — confirmed", "谢谢，已确认收货"),
    DONE_BODY("Parcel %s was confirmed at %s. The dispatchers can see it now.", "包裹 %s 已于 %s 确认收货，调度员已能看到。"),
    USED_TITLE("Already confirmed", "已经确认过了"),
    USED_BODY("Parcel %s was confirmed at %s. There is nothing more to do.", "包裹 %s 已于 %s 确认收货，无需再次操作。"),
    USED_BODY_NO_PARCEL("This code has already been used. There is nothing more to do.", "此二维码已使用过，无需再次操作。"),
    MALFORMED_TITLE("This link is incomplete", "链接不完整"),
    MALFORMED_BODY("Please scan the QR code on the parcel again.", "请重新扫描包裹上的二维码。"),
    FORGED_TITLE("This code is not valid", "二维码无效"),
    FORGED_BODY("This QR code was not issued by the dispatch team. If you are unsure about the parcel, do not use what is inside and call the dispatchers.",
            "此二维码不是调度中心签发的。如对包裹有疑问，请勿使用包裹内物品，并联系调度员。"),
    EXPIRED_TITLE("This code has expired", "二维码已过期"),
    EXPIRED_BODY("Please call the dispatchers and read them the 6-digit code on the label.", "请致电调度员，并告知标签上的6位验证码。"),
    UNKNOWN_TITLE("Parcel not found", "找不到该包裹"),
    UNKNOWN_BODY("The dispatchers have no record of this parcel. Please call them.", "调度系统中没有该包裹的记录，请联系调度员。"),
    WRONG_PARCEL_TITLE("This code does not match the parcel", "二维码与包裹不符"),
    WRONG_PARCEL_BODY("This label belongs to another drop. Please call the dispatchers.", "此标签属于另一次投放，请联系调度员。"),
    NOT_RELEASED_TITLE("Not delivered yet", "包裹尚未送达"),
    NOT_RELEASED_BODY("The drone has not reported dropping this parcel yet. Please try again in a few minutes.",
            "无人机尚未报告投放该包裹，请几分钟后再试。"),
    WRONG_CODE_TITLE("Wrong code", "验证码错误"),
    WRONG_CODE_BODY("The parcel number and the code do not match. Please check both and try again.", "包裹编号与验证码不符，请核对后重试。"),
    TOO_MANY_TITLE("Too many attempts", "尝试次数过多"),
    TOO_MANY_BODY("This parcel can now be confirmed only with its QR code, or by the dispatchers.", "该包裹现在只能通过二维码或由调度员确认。"),
    RATE_TITLE("Please wait a moment", "请稍候"),
    RATE_BODY("Too many requests from this network. Please try again in %s seconds.", "该网络的请求过多，请在 %s 秒后重试。"),
    CSRF_TITLE("This page has expired", "页面已过期"),
    CSRF_BODY("Please reload the page and tap the button again.", "请刷新页面后再次点击按钮。"),
    ERROR_TITLE("Something went wrong", "出错了"),
    ERROR_BODY("Please try again in a moment. If it keeps happening, call the dispatchers.", "请稍后重试。如果问题持续，请联系调度员。"),
    CODE_TITLE("Confirm with a code", "用验证码确认"),
    CODE_INTRO("Enter the parcel number and the 6-digit code from the label.", "请输入包裹编号和标签上的6位验证码。"),
    CODE_FIELD("6-digit code", "6位验证码"),
    CODE_BUTTON("Confirm", "确认"),
    OTHER_LANGUAGE("中文", "English");

    private final String en;
    private final String zh;

    Text(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    /** The sentence in {@code lang}, with {@code args} put in its {@code %s} places. */
    String in(Language lang, Object... args) {
        String s = lang == Language.ZH ? zh : en;
        return args.length == 0 ? s : String.format(s, args);
    }
}
