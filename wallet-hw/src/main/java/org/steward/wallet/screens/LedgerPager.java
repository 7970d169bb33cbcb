package org.steward.wallet.screens;

import java.util.ArrayList;
import java.util.List;
import org.steward.core.sign.screen.DeviceModel;
import org.steward.core.sign.screen.DeviceScreen;

/**
 * Pages a Ledger review the way NBGL does on each model family: a Nano gives every tag/value pair
 * its own screens (a long value continues on screens titled "… (2/3)"), a Stax or Flex fills a page
 * with as many pairs as its lines hold; the closing screen asks to hold (touch) or to press both
 * buttons (Nano) to sign.
 */
final class LedgerPager {

    private LedgerPager() {
    }

    static List<DeviceScreen> page(DeviceModel model, List<ReviewStep> steps) {
        boolean touch = model.family() == DeviceModel.Family.LEDGER_TOUCH;
        List<DeviceScreen> screens = new ArrayList<>();
        List<DeviceScreen.Part> page = new ArrayList<>();
        int used = 0;
        for (ReviewStep step : steps) {
            if (step.kind() != ReviewStep.Kind.PAIR) {
                if (!page.isEmpty()) {
                    screens.add(new DeviceScreen(page, "Swipe to review"));
                    page = new ArrayList<>();
                    used = 0;
                }
                screens.add(DeviceScreen.of(step.title(), List.of(), actions(step.kind(), touch)));
                continue;
            }
            List<String> lines = Lines.of(step.value(), model.charsPerLine());
            int perPage = touch ? model.linesPerPage() - 1 : model.linesPerPage();
            int pages = (lines.size() + perPage - 1) / perPage;
            for (int i = 0; i < pages; i++) {
                List<String> chunk = lines.subList(i * perPage, Math.min(lines.size(), (i + 1) * perPage));
                String title = pages == 1 ? step.title() : step.title() + " (" + (i + 1) + "/" + pages + ")";
                if (!touch) {
                    screens.add(DeviceScreen.of(title, chunk, ""));
                    continue;
                }
                if (used + 1 + chunk.size() > model.linesPerPage() && !page.isEmpty()) {
                    screens.add(new DeviceScreen(page, "Swipe to review"));
                    page = new ArrayList<>();
                    used = 0;
                }
                page.add(new DeviceScreen.Part(title, chunk));
                used += 1 + chunk.size();
            }
        }
        if (!page.isEmpty()) {
            screens.add(new DeviceScreen(page, "Swipe to review"));
        }
        return screens;
    }

    private static String actions(ReviewStep.Kind kind, boolean touch) {
        return switch (kind) {
            case FINISH -> touch ? "Hold to sign · Reject" : "Press both buttons to sign · Reject";
            case WARNING -> touch ? "Continue anyway · Back to safety" : "";
            default -> touch ? "Swipe to review · Reject" : "";
        };
    }
}
