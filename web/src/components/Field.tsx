import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from "react";
import { Form, type FormItemProps } from "antd";

type Props = Omit<FormItemProps, "children" | "htmlFor" | "name"> & {
  /** The input (it receives the id the label points at), or a function drawing it with that id. */
  children: ReactElement<{ id?: string }> | ((id: string) => ReactNode);
};

/**
 * A labelled form field outside a Form's own store: Form.Item links its label to the input
 * only through `name`, so here the label gets `htmlFor` and the input the same id, and a
 * click on the label (or a screen reader) reaches the input.
 */
export function Field({ children, ...item }: Props) {
  const id = useId();
  const input = typeof children === "function" ? children(id) : isValidElement(children) ? cloneElement(children, { id }) : children;
  return (
    <Form.Item {...item} htmlFor={id}>
      {input}
    </Form.Item>
  );
}
