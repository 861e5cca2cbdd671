package org.lifeline.groundstation.web.dashboard;

import org.lifeline.groundstation.web.Language;

/** Every sentence the dashboard's server-rendered parts show, in English and Chinese. */
enum DashboardText {
    LOGIN_TITLE("Lifeline — operator login", "Lifeline — 操作员登录"),
    NAME("Operator", "操作员"),
    PASSWORD("Password", "密码"),
    LOGIN_BUTTON("Log in", "登录"),
    LOGIN_FAILED("Wrong operator name or password.", "操作员名称或密码错误。"),
    LOGIN_STALE("The login form had expired. Please try again.", "登录页面已过期，请重试。"),
    NO_OPERATORS("No operator exists yet: run 'lifeline operator add NAME' on the ground station.",
            "尚无操作员：请在地面站运行 'lifeline operator add 名称'。"),
    DASHBOARD_TITLE("Lifeline dashboard", "Lifeline 调度台"),
    LOGOUT("Log out", "退出"),
    DRONES("Drones", "无人机"),
    DELIVERIES("Deliveries", "配送"),
    HISTORY("History", "历史"),
    ALARMS("Alarms", "警报"),
    NO_AIRSPACE("No airspace file: start with 'lifeline serve --airspace FILE' to draw zones.",
            "未加载空域文件：请用 'lifeline serve --airspace 文件' 启动以显示区域。"),
    NO_FLEET("No fleet broker: start with 'lifeline serve --broker URI' to see drones.",
            "未连接机队消息服务器：请用 'lifeline serve --broker URI' 启动以显示无人机。"),
    OTHER_LANGUAGE("中文", "English"),
    SORTIES("Sorties", "架次"),
    CONTROL("Drone control", "无人机控制"),
    ACTIONS("Action log", "操作记录"),
    PREVIEW("Plan preview", "航线预览"),
    ALTITUDE_PROFILE("Altitude profile", "高度剖面"),
    NEW_REQUEST("New request", "新建请求"),
    REQUESTER("Requester", "请求人"),
    RECIPIENT("Recipient (name or flat)", "收件人（姓名或房号）"),
    PHONE("Phone", "电话"),
    DROP_POINT("Drop point (or latitude and longitude below)", "投放点（或在下方填写经纬度）"),
    LAT("Latitude", "纬度"),
    LON("Longitude", "经度"),
    ITEMS("Items", "物品"),
    WEIGHT("Weight (g)", "重量（克）"),
    PRIORITY("Priority", "优先级"),
    DEADLINE("Deadline (optional, e.g. 2026-04-02T15:00:00+08:00)", "截止时间（可选，例如 2026-04-02T15:00:00+08:00）"),
    REF("Reference (optional)", "编号（可选）"),
    SUBMIT("Submit request", "提交请求"),
    CONFIRM("Confirm", "确认"),
    CANCEL("Cancel", "取消"),
    DRONE("Drone", "无人机"),
    PAUSE("Pause", "悬停"),
    RESUME("Resume mission", "继续任务"),
    RTL("Return to launch", "返航"),
    LAND("Land here", "就地降落"),
    FLOWN("Sorties flown", "已飞架次"),
    REPLAY_SPEED("Replay speed", "回放倍速");

    private final String en;
    private final String zh;

    DashboardText(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    String in(Language lang) {
        return lang == Language.ZH ? zh : en;
    }
}
