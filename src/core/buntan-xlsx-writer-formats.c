/* buntan-xlsx-writer-formats.c — the cell formats every sheet shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-xlsx-writer-private.h"

static lxw_format *
new_format (BuntanXlsxWriter *self)
{
  lxw_format *format = workbook_add_format (self->workbook);

  /* Set on every format: Excel's default Calibri has no kanji. */
  format_set_font_name (format, FONT_NAME);
  format_set_font_size (format, FONT_SIZE);
  format_set_font_charset (format, 128); /* SHIFTJIS_CHARSET: a hint for substitution */
  return format;
}

static lxw_format *
new_cell_format (BuntanXlsxWriter *self, BuntanXlsxStyle style, gboolean greyed)
{
  lxw_format *format = new_format (self);

  format_set_border (format, LXW_BORDER_THIN);
  format_set_text_wrap (format);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);

  switch (style)
    {
    case BUNTAN_XLSX_STYLE_TEXT:
      /* Left, also for the counts on the cover, which Excel would push right. */
      format_set_align (format, LXW_ALIGN_LEFT);
      break;
    case BUNTAN_XLSX_STYLE_CENTER:
      format_set_align (format, LXW_ALIGN_CENTER);
      break;
    case BUNTAN_XLSX_STYLE_DATE:
      format_set_align (format, LXW_ALIGN_CENTER);
      format_set_num_format (format, "yyyy-mm-dd");
      break;
    case BUNTAN_XLSX_STYLE_DATE_LEFT:
      format_set_align (format, LXW_ALIGN_LEFT);
      format_set_num_format (format, "yyyy-mm-dd");
      break;
    case BUNTAN_XLSX_STYLE_NUMBER:
      format_set_align (format, LXW_ALIGN_RIGHT);
      format_set_num_format (format, "0");
      break;
    case BUNTAN_XLSX_STYLE_MARK:
      format_set_align (format, LXW_ALIGN_CENTER);
      format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
      format_set_font_size (format, 12);
      break;
    case BUNTAN_XLSX_STYLE_UNDECIDED:
      format_set_align (format, LXW_ALIGN_CENTER);
      format_set_bold (format);
      format_set_font_color (format, COLOR_ALERT);
      break;
    case BUNTAN_XLSX_N_STYLES:
    default:
      g_assert_not_reached ();
    }

  if (greyed)
    {
      format_set_bg_color (format, COLOR_GREY_FILL);
      format_set_font_color (format, COLOR_GREY_TEXT);
    }
  else if (style == BUNTAN_XLSX_STYLE_UNDECIDED)
    format_set_bg_color (format, COLOR_UNDECIDED);

  return format;
}

void
_buntan_xlsx_writer_add_formats (BuntanXlsxWriter *self)
{
  for (guint style = 0; style < BUNTAN_XLSX_N_STYLES; style++)
    for (guint greyed = 0; greyed < 2; greyed++)
      self->cell[style][greyed] = new_cell_format (self, style, greyed);

  self->title = new_format (self);
  format_set_font_size (self->title, 16);
  format_set_bold (self->title);
  format_set_align (self->title, LXW_ALIGN_VERTICAL_CENTER);

  self->subtitle = new_format (self);
  format_set_font_size (self->subtitle, 11);
  format_set_align (self->subtitle, LXW_ALIGN_VERTICAL_CENTER);

  self->heading = new_format (self);
  format_set_font_size (self->heading, 12);
  format_set_bold (self->heading);
  format_set_align (self->heading, LXW_ALIGN_VERTICAL_BOTTOM);

  self->head = new_format (self);
  format_set_bold (self->head);
  format_set_border (self->head, LXW_BORDER_THIN);
  format_set_text_wrap (self->head);
  format_set_align (self->head, LXW_ALIGN_CENTER);
  format_set_align (self->head, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color (self->head, COLOR_HEAD);

  self->label = new_format (self);
  format_set_bold (self->label);
  format_set_border (self->label, LXW_BORDER_THIN);
  format_set_text_wrap (self->label);
  format_set_align (self->label, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color (self->label, COLOR_LABEL);

  /* Notes overflow into the empty cells beside them; remarks wrap. */
  self->note = new_format (self);
  format_set_align (self->note, LXW_ALIGN_VERTICAL_TOP);

  self->remark = new_format (self);
  format_set_align (self->remark, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (self->remark);

  self->box = new_format (self);
  format_set_border (self->box, LXW_BORDER_THIN);
  format_set_align (self->box, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (self->box);

  self->section = new_format (self);
  format_set_bold (self->section);
  format_set_border (self->section, LXW_BORDER_THIN);
  format_set_align (self->section, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color (self->section, COLOR_LABEL);
}

/* A cell the recipient fills in (a questionnaire's answers): unlocked, so it
 * stays editable on a protected sheet, and tinted, so it is found. */
lxw_format *
buntan_xlsx_writer_add_answer_format (BuntanXlsxWriter *self, BuntanXlsxStyle style)
{
  lxw_format *format = new_cell_format (self, style, FALSE);

  format_set_unlocked (format);
  format_set_bg_color (format, 0xFFF8DC);
  return format;
}
