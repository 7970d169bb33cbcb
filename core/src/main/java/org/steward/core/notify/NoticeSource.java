package org.steward.core.notify;

import java.util.List;

/** One kind of data the board polls: what it finds noteworthy right now. Blocking. */
public interface NoticeSource {

    /** For the sentence when this source fails, e.g. "the Snapshot hub". */
    String name();

    List<Notice> current(long now) throws Exception;
}
